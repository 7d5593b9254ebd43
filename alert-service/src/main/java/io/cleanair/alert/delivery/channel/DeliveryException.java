package io.cleanair.alert.delivery.channel;

/** A channel could not deliver; the kind decides what the dispatcher does next. */
public class DeliveryException extends RuntimeException {

	public enum Kind {

		/** Retrying will not help (a rejected number, a malformed address). */
		PERMANENT,

		/** May work on a later attempt (a timeout, a 5xx, a refused connection). */
		TRANSIENT,

		/** The channel's circuit breaker is open, or no provider is configured. */
		UNAVAILABLE,

		/** The provider quota (rate limiter) has no permit now; not a failure. */
		THROTTLED

	}

	private final Kind kind;

	private final String provider;

	public DeliveryException(Kind kind, String provider, String message) {
		super(message);
		this.kind = kind;
		this.provider = provider;
	}

	public DeliveryException(Kind kind, String provider, String message, Throwable cause) {
		super(message, cause);
		this.kind = kind;
		this.provider = provider;
	}

	public Kind kind() {
		return kind;
	}

	public String provider() {
		return provider;
	}

}
