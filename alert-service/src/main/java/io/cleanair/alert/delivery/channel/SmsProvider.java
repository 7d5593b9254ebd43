package io.cleanair.alert.delivery.channel;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * An SMS gateway's HTTP API. The future fails with a {@link DeliveryException} saying
 * whether a retry may help.
 */
public interface SmsProvider {

	String name();

	CompletableFuture<Delivery> send(SmsRequest request);

	/**
	 * @param id the notification's id (providers that accept a client reference get it)
	 * @param idempotencyKey sent as {@code Idempotency-Key}: the same on every attempt at
	 * one notification, so a provider that saw it before does not send the text again
	 * @param to the phone number, E.164
	 */
	record SmsRequest(UUID id, String idempotencyKey, String to, String text) {

		/** The header carrying {@link #idempotencyKey()}. */
		public static final String IDEMPOTENCY_HEADER = "Idempotency-Key";

	}

}
