package io.cleanair.alert.delivery;

import java.time.Instant;
import java.util.UUID;

import io.cleanair.alert.delivery.channel.OutgoingMessage;
import io.cleanair.core.alerting.Channel;
import io.cleanair.core.alerting.Incident;
import io.cleanair.core.alerting.NoticeKind;
import io.cleanair.core.alerting.Official;

/**
 * One message to one recipient over one channel, as kept in the outbox and the audit
 * trail.
 *
 * @param idempotencyKey unique: incident, kind, round, official and channel
 * @param body the plain text (email) or the SMS text
 * @param htmlBody the HTML alternative of an email
 * @param notBefore not sent before this: the end of quiet hours, or the next retry
 * @param provider who carried it (SMTP, the SMS provider)
 * @param fallbackFor the SMS notification this email stands in for
 */
public record Notification(UUID id, UUID incidentId, NoticeKind kind, int round, String idempotencyKey,
		String deduplicationKey, UUID signalId, String officialId, Channel channel, String recipient, String subject,
		String body, String htmlBody, Status status, int attempts, String lastResult, String provider, UUID fallbackFor,
		Instant createdAt, Instant notBefore, Instant sentAt) {

	/**
	 * A new pending notification: the message, composed for the channel, to the
	 * official's address on it.
	 */
	static Notification pending(Incident incident, NoticeKind kind, int round, Official official, Channel channel,
			MessageComposer.Message message, UUID signalId, UUID fallbackFor, Instant notBefore, Instant now) {
		boolean sms = channel == Channel.SMS;
		return new Notification(UUID.randomUUID(), incident.id(), kind, round,
				idempotencyKey(incident.id(), kind, round, official.id(), channel), incident.deduplicationKey(),
				signalId, official.id(), channel, official.address(channel), message.subject(),
				sms ? message.sms() : message.text(), sms ? null : message.html(), Status.PENDING, 0, null, null,
				fallbackFor, now, notBefore, null);
	}

	/** One notification per incident, kind, round, official and channel. */
	static String idempotencyKey(UUID incidentId, NoticeKind kind, int round, String officialId, Channel channel) {
		return incidentId + ":" + kind + ":" + round + ":" + officialId + ":" + channel;
	}

	/** The content a channel carries. */
	OutgoingMessage message() {
		return new OutgoingMessage(id, providerKey(), recipient, subject, body, htmlBody);
	}

	/**
	 * What the provider de-duplicates on: the notification's id and channel, the same on
	 * every attempt.
	 */
	String providerKey() {
		return id + ":" + channel.name().toLowerCase(java.util.Locale.ROOT);
	}

	public enum Status {

		/**
		 * Waiting to be sent (at {@code notBefore} at the earliest), including retries.
		 */
		PENDING,

		/** Accepted by the SMTP server or the SMS provider. */
		SENT,

		/** Given up: attempts exhausted, or a permanent error. */
		FAILED,

		/** An SMS that could not be sent; an email carried the message instead. */
		FELL_BACK,

		/**
		 * Withdrawn before it was sent (its incident resolved while it was held, or it
		 * reopened).
		 */
		CANCELLED

	}
}
