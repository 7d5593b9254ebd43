package io.cleanair.alert.delivery.channel;

import java.util.UUID;

/**
 * What a channel carries: the outbox row's id (a header or client reference), the address
 * and the content. An SMS uses only the recipient and the body.
 *
 * @param htmlBody the HTML alternative of an email; null for plain text
 */
public record OutgoingMessage(UUID id, String recipient, String subject, String body, String htmlBody) {
}
