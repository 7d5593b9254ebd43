package io.cleanair.alert.delivery.channel;

import java.time.Instant;

/**
 * One hand-over of a message to a channel's provider, as the audit trail keeps it: every
 * retry is one, and so is a call the circuit breaker or the rate limiter refused.
 *
 * @param answer the provider's answer, or why the attempt failed
 */
public record Attempt(String provider, Instant startedAt, Instant finishedAt, Outcome outcome, String answer) {

	public enum Outcome {

		/** The provider accepted the message. */
		SENT,

		/** The provider refused it, or could not be reached: not delivered. */
		FAILED,

		/**
		 * No answer within the time limit: the outcome is unknown (the provider may have
		 * taken the message), so a later attempt carries the same idempotency key.
		 */
		TIMED_OUT,

		/** The circuit breaker was open: the provider was not called. */
		REJECTED_BY_CIRCUIT,

		/** The provider's quota had no permit: the provider was not called. */
		THROTTLED;

		/** Whether the provider was called (and so may have taken the message). */
		public boolean reachedProvider() {
			return this == SENT || this == FAILED || this == TIMED_OUT;
		}

	}

}
