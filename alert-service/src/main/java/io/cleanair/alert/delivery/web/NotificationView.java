package io.cleanair.alert.delivery.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cleanair.alert.delivery.DeliveryAttempts;
import io.cleanair.alert.delivery.Notification;
import io.cleanair.alert.delivery.channel.Attempt;
import io.cleanair.core.alerting.Channel;
import io.cleanair.core.alerting.NoticeKind;

/**
 * A notification as the audit trail shows it: recipient, channel, content, time, result
 * and attempts — their number ({@code attempts}: those that reached the provider) and
 * each one ({@code attemptLog}: retries and refusals by the circuit breaker included).
 * {@code recipient} (the phone number or email address) is null for any key but the
 * admin's.
 */
public record NotificationView(UUID id, UUID incidentId, NoticeKind kind, int round, String idempotencyKey,
		String deduplicationKey, UUID signalId, String officialId, Channel channel, String recipient, String subject,
		String body, String htmlBody, Notification.Status status, int attempts, String lastResult, String provider,
		UUID fallbackFor, Instant createdAt, Instant notBefore, Instant sentAt, List<AttemptView> attemptLog) {

	public static NotificationView of(Notification n, List<DeliveryAttempts.Recorded> attempts) {
		return new NotificationView(n.id(), n.incidentId(), n.kind(), n.round(), n.idempotencyKey(),
				n.deduplicationKey(), n.signalId(), n.officialId(), n.channel(), n.recipient(), n.subject(), n.body(),
				n.htmlBody(), n.status(), n.attempts(), n.lastResult(), n.provider(), n.fallbackFor(), n.createdAt(),
				n.notBefore(), n.sentAt(), attempts.stream().map(AttemptView::of).toList());
	}

	/**
	 * The views of the notifications, with their attempts read in one query.
	 * @param contacts false: without the recipients' addresses (phone numbers, emails)
	 */
	public static List<NotificationView> of(List<Notification> notifications, DeliveryAttempts attempts,
			boolean contacts) {
		Map<UUID, List<DeliveryAttempts.Recorded>> byId = attempts
			.of(notifications.stream().map(Notification::id).toList());
		return notifications.stream()
			.map(n -> of(n, byId.getOrDefault(n.id(), List.of())))
			.map(v -> contacts ? v : v.withoutContacts())
			.toList();
	}

	/** The same view with the recipient's address left out. */
	public NotificationView withoutContacts() {
		return new NotificationView(id, incidentId, kind, round, idempotencyKey, deduplicationKey, signalId, officialId,
				channel, null, subject, body, htmlBody, status, attempts, lastResult, provider, fallbackFor, createdAt,
				notBefore, sentAt, attemptLog);
	}

	/** One attempt: its number, when, what came of it, and the provider's answer. */
	public record AttemptView(int attempt, String provider, String idempotencyKey, Instant startedAt,
			Instant finishedAt, Attempt.Outcome outcome, String answer) {

		static AttemptView of(DeliveryAttempts.Recorded r) {
			return new AttemptView(r.attempt(), r.provider(), r.idempotencyKey(), r.startedAt(), r.finishedAt(),
					r.outcome(), r.answer());
		}
	}

}
