package io.cleanair.alert.delivery.web;

import java.time.Instant;
import java.util.UUID;

import io.cleanair.alert.delivery.Notification;
import io.cleanair.core.alerting.Channel;
import io.cleanair.core.alerting.NoticeKind;

/**
 * A notification as the audit trail shows it: recipient, channel, content, time, result
 * and attempts.
 */
public record NotificationView(UUID id, UUID incidentId, NoticeKind kind, int round, String idempotencyKey,
		String deduplicationKey, UUID signalId, String officialId, Channel channel, String recipient, String subject,
		String body, String htmlBody, Notification.Status status, int attempts, String lastResult, String provider,
		UUID fallbackFor, Instant createdAt, Instant notBefore, Instant sentAt) {

	public static NotificationView of(Notification n) {
		return new NotificationView(n.id(), n.incidentId(), n.kind(), n.round(), n.idempotencyKey(),
				n.deduplicationKey(), n.signalId(), n.officialId(), n.channel(), n.recipient(), n.subject(), n.body(),
				n.htmlBody(), n.status(), n.attempts(), n.lastResult(), n.provider(), n.fallbackFor(), n.createdAt(),
				n.notBefore(), n.sentAt());
	}
}
