package io.cleanair.alert.notification;

import java.time.Instant;
import java.util.UUID;

/** One message to one recipient over one channel, as kept in the outbox and the audit trail. */
public record Notification(UUID id, String deduplicationKey, UUID signalId, String officialId, Channel channel,
		String recipient, String subject, String body, Status status, int attempts, String lastResult,
		Instant createdAt, Instant sentAt) {

	public enum Channel {

		EMAIL, SMS

	}

	public enum Status {

		PENDING, SENT, FAILED

	}
}
