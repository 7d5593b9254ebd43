package io.cleanair.alert.delivery;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.cleanair.alert.config.AlertProperties;
import io.cleanair.alert.official.OfficialDirectory;
import io.cleanair.core.alerting.Channel;
import io.cleanair.core.alerting.NoticeKind;
import io.cleanair.core.alerting.Official;
import org.springframework.stereotype.Component;

/**
 * What carries a notice when one of its channels failed: a copy already sent, else the
 * recipient's next channel in {@code aq.alert.fallback.order} not yet used for the notice
 * (a new notification, composed for that channel), else a copy not yet tried; when there
 * is none, the notice reached nobody.
 */
@Component
class ChannelFallback {

	private static final Set<NoticeKind> INCIDENT_NOTICES = EnumSet.of(NoticeKind.ALERT, NoticeKind.RECOVERY,
			NoticeKind.RETURNED);

	private final NoticeSubjects subjects;

	private final OfficialDirectory officials;

	private final NotificationRepository outbox;

	private final MessageComposer composer;

	private final List<Channel> order;

	ChannelFallback(NoticeSubjects subjects, OfficialDirectory officials, NotificationRepository outbox,
			MessageComposer composer, AlertProperties properties) {
		this.subjects = subjects;
		this.officials = officials;
		this.outbox = outbox;
		this.composer = composer;
		this.order = properties.fallback().order();
	}

	/** Who carries the notice of {@code failed}, which did not (or not yet) go out. */
	Carrier carrierFor(Notification failed, Instant now) {
		List<Notification> siblings = outbox.siblings(failed);
		Optional<Notification> sent = siblings.stream().filter(n -> n.status() == Notification.Status.SENT).findFirst();
		if (sent.isPresent()) {
			return new Carrier.Sent(sent.get());
		}
		Optional<Notification> next = nextChannel(failed, siblings, now);
		if (next.isPresent()) {
			return new Carrier.Fallback(next.get());
		}
		return siblings.stream()
			.filter(n -> n.status() == Notification.Status.PENDING && n.attempts() == 0)
			.findFirst()
			.<Carrier>map(Carrier.Untried::new)
			.orElse(new Carrier.Nobody());
	}

	private Optional<Notification> nextChannel(Notification failed, List<Notification> siblings, Instant now) {
		int at = order.indexOf(failed.channel());
		Optional<Official> official = officials.find(failed.officialId()).filter(Official::active);
		if (at < 0 || official.isEmpty()) {
			return Optional.empty();
		}
		for (Channel channel : order.subList(at + 1, order.size())) {
			boolean used = siblings.stream().anyMatch(n -> n.channel() == channel);
			if (!used && official.get().reachableBy(channel)) {
				Notification n = compose(failed, official.get(), channel, now);
				outbox.insertIfNew(n);
				return outbox.findByKey(n.idempotencyKey());
			}
		}
		return Optional.empty();
	}

	/**
	 * The same notice for another channel: composed again from its incident, or copied
	 * (notices without an incident).
	 */
	private Notification compose(Notification failed, Official o, Channel channel, Instant now) {
		Optional<NoticeSubjects.Subject> subject = failed.incidentId() != null
				&& INCIDENT_NOTICES.contains(failed.kind()) ? subjects.find(failed.incidentId()) : Optional.empty();
		if (subject.isPresent()) {
			MessageComposer.Message message = composer.compose(failed.kind(), o.language(), subject.get().incident(),
					subject.get().figures(), null, failed.channel() == Channel.SMS && channel == Channel.EMAIL, now);
			return Notification.pending(subject.get().incident(), failed.kind(), failed.round(), o, channel, message,
					failed.signalId(), failed.id(), now, now);
		}
		String key = failed.idempotencyKey().substring(0, failed.idempotencyKey().lastIndexOf(':') + 1) + channel;
		return new Notification(java.util.UUID.randomUUID(), failed.incidentId(), failed.kind(), failed.round(), key,
				failed.deduplicationKey(), failed.signalId(), o.id(), channel, o.address(channel), failed.subject(),
				failed.body(), channel == Channel.EMAIL ? failed.htmlBody() : null, Notification.Status.PENDING, 0,
				null, null, failed.id(), now, now, null);
	}

	/** What carries a notice one of whose notifications failed. */
	sealed interface Carrier {

		/** Another channel already delivered it. */
		record Sent(Notification by) implements Carrier {
		}

		/** A new notification on the recipient's next channel, due now. */
		record Fallback(Notification by) implements Carrier {
		}

		/** Another channel has not been tried yet; its outcome decides. */
		record Untried(Notification by) implements Carrier {
		}

		/** No channel is left: the notice reached nobody. */
		record Nobody() implements Carrier {
		}

	}

}
