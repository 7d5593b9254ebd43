package io.cleanair.alert.delivery;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cleanair.alert.delivery.MessageComposer.Message;
import io.cleanair.core.alerting.EscalationStep;
import io.cleanair.core.alerting.Incident;
import io.cleanair.core.alerting.NoticeKind;
import io.cleanair.core.alerting.PlannedNotice;
import io.cleanair.core.alerting.Route;
import io.cleanair.core.alerting.RoutingPolicy;
import org.springframework.stereotype.Component;

/**
 * The outbox in PostgreSQL: composes each planned notice and stores it as a pending
 * notification.
 */
@Component
class NotificationOutbox implements Outbox {

	private final NotificationRepository repository;

	private final MessageComposer composer;

	private final RoutingPolicy policy;

	private final NotificationDispatcher dispatcher;

	NotificationOutbox(NotificationRepository repository, MessageComposer composer, RoutingPolicy policy,
			NotificationDispatcher dispatcher) {
		this.repository = repository;
		this.composer = composer;
		this.policy = policy;
		this.dispatcher = dispatcher;
	}

	@Override
	public void plan(Incident incident, List<PlannedNotice> notices, Map<String, Double> figures, UUID signalId,
			Instant now) {
		Route route = policy.routeFor(incident.districtId(), incident.type());
		for (PlannedNotice n : notices) {
			EscalationStep step = n.step() >= 0 && n.step() < route.steps().size() ? route.steps().get(n.step()) : null;
			Message message = composer.compose(n.kind(), n.official().language(), incident, figures, step, false, now);
			int round = n.kind() == NoticeKind.ALERT ? 0 : incident.round();
			repository.insertIfNew(Notification.pending(incident, n.kind(), round, n.official(), n.channel(), message,
					signalId, null, n.deliverAt(), now));
		}
	}

	@Override
	public int withdraw(UUID incidentId, NoticeKind kind, boolean evenIfDue, String reason, Instant now) {
		return repository.cancelPending(incidentId, kind, evenIfDue, reason, now);
	}

	@Override
	public List<Notification> lockForIncident(UUID incidentId) {
		return repository.lockForIncident(incidentId);
	}

	@Override
	public List<Notification> forIncident(UUID incidentId) {
		return repository.forIncident(incidentId);
	}

	@Override
	public void wake() {
		dispatcher.wake();
	}

}
