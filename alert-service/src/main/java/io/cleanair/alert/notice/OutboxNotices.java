package io.cleanair.alert.notice;

import java.time.Instant;
import java.util.UUID;

import io.cleanair.alert.delivery.Notification;
import io.cleanair.alert.delivery.NotificationDispatcher;
import io.cleanair.alert.delivery.NotificationRepository;
import io.cleanair.core.alerting.Channel;
import io.cleanair.core.alerting.NoticeKind;
import io.cleanair.core.alerting.Official;
import org.springframework.stereotype.Component;

/**
 * The one seam through which briefings, ladder steps and rectification reminders reach
 * the durable outbox: a notice without an incident, unique by its key (a second enqueue
 * of the same key stores nothing), sent by the outbox's dispatcher like any alert.
 */
@Component
public class OutboxNotices {

	private final NotificationRepository outbox;

	private final NotificationDispatcher dispatcher;

	OutboxNotices(NotificationRepository outbox, NotificationDispatcher dispatcher) {
		this.outbox = outbox;
		this.dispatcher = dispatcher;
	}

	/**
	 * Stores one notice for one official on one channel; false when the key was stored
	 * before or the official has no address for the channel.
	 * @param key what makes the notice unique (the official and channel are added)
	 */
	public boolean enqueue(NoticeKind kind, String key, Official official, Channel channel, String subject, String text,
			String html, Instant now) {
		if (!official.reachableBy(channel)) {
			return false;
		}
		String idempotencyKey = key + ":" + official.id() + ":" + channel;
		return outbox.insertIfNew(new Notification(UUID.randomUUID(), null, kind, 0, idempotencyKey, key, null,
				official.id(), channel, official.address(channel), subject, text, channel == Channel.SMS ? null : html,
				Notification.Status.PENDING, 0, null, null, null, now, now, null));
	}

	/**
	 * Asks the dispatcher to send soon (call after the transaction that stored the
	 * notices).
	 */
	public void wake() {
		dispatcher.wake();
	}

}
