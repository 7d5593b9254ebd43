package io.cleanair.alert.delivery;

import java.time.Instant;
import java.util.Optional;

import io.cleanair.alert.official.OfficialDirectory;
import io.cleanair.core.alerting.Channel;
import io.cleanair.core.alerting.Official;
import org.springframework.stereotype.Component;

/**
 * The email standing in for a failed SMS: the same notice, composed for email, with a
 * line saying it replaces an SMS. When the route already emailed the official that
 * notice, that email is the fallback (nobody gets it twice).
 */
@Component
class EmailFallback {

	private final NoticeSubjects subjects;

	private final OfficialDirectory officials;

	private final NotificationRepository outbox;

	private final MessageComposer composer;

	EmailFallback(NoticeSubjects subjects, OfficialDirectory officials, NotificationRepository outbox,
			MessageComposer composer) {
		this.subjects = subjects;
		this.officials = officials;
		this.outbox = outbox;
		this.composer = composer;
	}

	/**
	 * Stores (or finds, when the route already emailed the official) the email carrying
	 * the same notice; empty when the official has no email address.
	 */
	Optional<Notification> emailFor(Notification sms, Instant now) {
		if (sms.incidentId() == null) {
			return Optional.empty();
		}
		Optional<Official> official = officials.find(sms.officialId()).filter(o -> o.reachableBy(Channel.EMAIL));
		Optional<NoticeSubjects.Subject> subject = subjects.find(sms.incidentId());
		if (official.isEmpty() || subject.isEmpty()) {
			return Optional.empty();
		}
		String key = Notification.idempotencyKey(sms.incidentId(), sms.kind(), sms.round(), sms.officialId(),
				Channel.EMAIL);
		Optional<Notification> existing = outbox.findByKey(key);
		if (existing.isPresent()) {
			return existing;
		}
		Official o = official.get();
		MessageComposer.Message message = composer.compose(sms.kind(), o.language(), subject.get().incident(),
				subject.get().figures(), null, true, now);
		outbox.insertIfNew(Notification.pending(subject.get().incident(), sms.kind(), sms.round(), o, Channel.EMAIL,
				message, sms.signalId(), sms.id(), now, now));
		return outbox.findByKey(key);
	}

}
