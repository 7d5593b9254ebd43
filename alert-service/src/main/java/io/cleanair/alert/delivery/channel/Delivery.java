package io.cleanair.alert.delivery.channel;

/**
 * A message accepted by a channel.
 *
 * @param provider who accepted it ({@code smtp}, {@code webhook}, {@code twilio})
 * @param answer the provider's answer, for the audit trail (message id, status)
 */
public record Delivery(String provider, String answer) {
}
