package io.cleanair.alert.delivery.channel;

import java.util.UUID;

/**
 * What a channel carries: the outbox row's id (a header or client reference), the key a
 * provider de-duplicates on, the address and the content. An SMS uses only the recipient
 * and the body.
 *
 * @param idempotencyKey the same for every attempt at this notification on this channel
 * @param htmlBody the HTML alternative of an email; null for plain text
 */
public record OutgoingMessage(UUID id, String idempotencyKey, String recipient, String subject, String body,
		String htmlBody) {
}
