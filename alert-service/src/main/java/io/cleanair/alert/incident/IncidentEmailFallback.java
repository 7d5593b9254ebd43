package io.cleanair.alert.incident;

import java.time.Instant;
import java.util.Optional;

import io.cleanair.alert.notification.EmailFallback;
import io.cleanair.alert.notification.MessageComposer;
import io.cleanair.alert.notification.Notification;
import io.cleanair.alert.notification.NotificationRepository;
import io.cleanair.alert.official.OfficialDirectory;
import io.cleanair.core.alerting.Channel;
import io.cleanair.core.alerting.Official;
import org.springframework.stereotype.Component;

/**
 * The email standing in for a failed SMS: the same notice, composed for email, with a line saying it
 * replaces an SMS. When the route already emailed the official that notice, that email is the
 * fallback (nobody gets it twice).
 */
@Component
class IncidentEmailFallback implements EmailFallback {

	private final IncidentRepository incidents;

	private final OfficialDirectory officials;

	private final NotificationRepository outbox;

	private final MessageComposer composer;

	IncidentEmailFallback(IncidentRepository incidents, OfficialDirectory officials, NotificationRepository outbox,
			MessageComposer composer) {
		this.incidents = incidents;
		this.officials = officials;
		this.outbox = outbox;
		this.composer = composer;
	}

	@Override
	public Optional<Notification> emailFor(Notification sms, Instant now) {
		if (sms.incidentId() == null) {
			return Optional.empty();
		}
		Optional<Official> official = officials.find(sms.officialId()).filter(o -> o.reachableBy(Channel.EMAIL));
		Optional<IncidentRepository.Stored> stored = incidents.findById(sms.incidentId());
		if (official.isEmpty() || stored.isEmpty()) {
			return Optional.empty();
		}
		String key = IncidentService.idempotencyKey(sms.incidentId(), sms.kind(), sms.round(), sms.officialId(),
				Channel.EMAIL);
		Optional<Notification> existing = outbox.findByKey(key);
		if (existing.isPresent()) {
			return existing;
		}
		Official o = official.get();
		MessageComposer.Message message = composer.compose(sms.kind(), o.language(), stored.get().incident(),
				stored.get().figures(), null, true, now);
		outbox.insertIfNew(IncidentService.toNotification(stored.get().incident(), sms.kind(), sms.round(), o,
				Channel.EMAIL, message, sms.signalId(), sms.id(), now, now));
		return outbox.findByKey(key);
	}
}
