package io.cleanair.alert.delivery;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.cleanair.alert.config.AlertProperties;
import io.cleanair.alert.official.OfficialDirectory;
import io.cleanair.core.alerting.Channel;
import io.cleanair.core.alerting.NoticeKind;
import io.cleanair.core.alerting.Official;
import io.cleanair.core.alerting.Role;
import org.springframework.stereotype.Component;

/**
 * Tells the bureau's duty officer ({@code aq.alert.duty-officer}, else the
 * {@code BUREAU_DUTY_OFFICER}s answering for the district) of a notice no channel could
 * deliver: an {@link NoticeKind#UNDELIVERED} notice on every channel the duty officer
 * has, once per failed notice. Such a notice failing in turn is recorded, not escalated.
 */
@Component
class DutyOfficer {

	private final OfficialDirectory officials;

	private final NotificationRepository outbox;

	private final NoticeSubjects subjects;

	private final String configured;

	DutyOfficer(OfficialDirectory officials, NotificationRepository outbox, NoticeSubjects subjects,
			AlertProperties properties) {
		this.officials = officials;
		this.outbox = outbox;
		this.subjects = subjects;
		this.configured = properties.dutyOfficer();
	}

	/** Stores the notices to the duty officer(s); returns who is told (empty: nobody). */
	List<String> tell(Notification undelivered, String reason, Instant now) {
		if (undelivered.kind() == NoticeKind.UNDELIVERED) {
			return List.of();
		}
		List<Official> told = dutyOfficers(undelivered).stream()
			.filter(o -> !o.id().equals(undelivered.officialId()))
			.toList();
		for (Official o : told) {
			for (Channel channel : Channel.values()) {
				if (o.reachableBy(channel)) {
					outbox.insertIfNew(notice(undelivered, reason, o, channel, now));
				}
			}
		}
		return told.stream().map(Official::id).toList();
	}

	private List<Official> dutyOfficers(Notification n) {
		if (configured != null) {
			return officials.find(configured).filter(Official::active).stream().toList();
		}
		Optional<String> district = n.incidentId() == null ? Optional.empty()
				: subjects.find(n.incidentId()).map(s -> s.incident().districtId());
		return officials.all()
			.stream()
			.filter(Official::active)
			.filter(o -> o.has(Role.BUREAU_DUTY_OFFICER))
			.filter(o -> district.map(o::answersFor).orElse(true))
			.toList();
	}

	private static Notification notice(Notification n, String reason, Official o, Channel channel, Instant now) {
		String subject = "[undelivered / 未送达] " + n.subject();
		String text = """
				No channel could deliver this %s notice to official %s (%s, notification %s): %s

				%s
				""".formatted(n.kind(), n.officialId(), n.channel(), n.id(), reason, n.body());
		String sms = "未送达 / undelivered: %s to %s (%s). %s".formatted(n.kind(), n.officialId(), n.id(), n.subject());
		return new Notification(UUID.randomUUID(), n.incidentId(), NoticeKind.UNDELIVERED, 0,
				"undelivered:" + n.id() + ":" + o.id() + ":" + channel, n.deduplicationKey(), n.signalId(), o.id(),
				channel, o.address(channel), subject, channel == Channel.SMS ? sms : text, null,
				Notification.Status.PENDING, 0, null, null, null, now, now, null);
	}

}
