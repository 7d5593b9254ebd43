package io.cleanair.alert.incident;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.cleanair.alert.delivery.Notification;
import io.cleanair.alert.delivery.Outbox;
import io.cleanair.alert.incident.domain.Audience;
import io.cleanair.alert.incident.domain.PastNotice;
import io.cleanair.alert.official.OfficialDirectory;
import io.cleanair.core.alerting.Official;
import org.springframework.stereotype.Component;

/**
 * The decisions' view of officials (the registry) and of an incident's notices (the
 * outbox, locked).
 */
@Component
class OutboxAudience implements Audience {

	private final OfficialDirectory officials;

	private final Outbox outbox;

	OutboxAudience(OfficialDirectory officials, Outbox outbox) {
		this.officials = officials;
		this.outbox = outbox;
	}

	@Override
	public List<Official> ofDistrict(String districtId) {
		return officials.forDistrict(districtId);
	}

	@Override
	public Optional<Official> find(String officialId) {
		return officials.find(officialId);
	}

	@Override
	public List<PastNotice> notices(UUID incidentId) {
		return outbox.lockForIncident(incidentId)
			.stream()
			.map(n -> new PastNotice(n.officialId(), n.channel(), n.kind(), state(n.status()), n.notBefore()))
			.toList();
	}

	private static PastNotice.State state(Notification.Status status) {
		return switch (status) {
			case PENDING -> PastNotice.State.PENDING;
			case SENT -> PastNotice.State.SENT;
			case FAILED, FELL_BACK, CANCELLED -> PastNotice.State.CLOSED;
		};
	}

}
