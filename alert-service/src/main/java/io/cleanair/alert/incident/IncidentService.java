package io.cleanair.alert.incident;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.cleanair.alert.config.AlertProperties;
import io.cleanair.alert.incident.IncidentRepository.Stored;
import io.cleanair.alert.notification.MessageComposer;
import io.cleanair.alert.notification.MessageComposer.Message;
import io.cleanair.alert.notification.Notification;
import io.cleanair.alert.notification.NotificationDispatcher;
import io.cleanair.alert.notification.NotificationRepository;
import io.cleanair.alert.official.OfficialDirectory;
import io.cleanair.core.alerting.Channel;
import io.cleanair.core.alerting.EscalationStep;
import io.cleanair.core.alerting.Incident;
import io.cleanair.core.alerting.IncidentLifecycle;
import io.cleanair.core.alerting.IncidentLifecycle.Decision;
import io.cleanair.core.alerting.NoticeKind;
import io.cleanair.core.alerting.NotificationPlanner;
import io.cleanair.core.alerting.NotificationPlanner.EscalationPlan;
import io.cleanair.core.alerting.Official;
import io.cleanair.core.alerting.PlannedNotice;
import io.cleanair.core.alerting.Route;
import io.cleanair.core.alerting.RoutingPolicy;
import io.cleanair.core.event.AlertSignal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Carries out what the domain decides: joins signals into incidents, plans who is told, stores the
 * notifications in the outbox in the same transaction as the incident, and wakes the dispatcher.
 */
@Service
public class IncidentService {

	private static final Logger log = LoggerFactory.getLogger(IncidentService.class);

	private final IncidentRepository incidents;

	private final NotificationRepository outbox;

	private final OfficialDirectory officials;

	private final MessageComposer composer;

	private final NotificationDispatcher dispatcher;

	private final TransactionTemplate transaction;

	private final IncidentLifecycle lifecycle;

	private final NotificationPlanner planner;

	private final RoutingPolicy policy;

	private final AlertProperties properties;

	private final Clock clock;

	IncidentService(IncidentRepository incidents, NotificationRepository outbox, OfficialDirectory officials,
			MessageComposer composer, NotificationDispatcher dispatcher, TransactionTemplate transaction,
			IncidentLifecycle lifecycle, NotificationPlanner planner, RoutingPolicy policy, AlertProperties properties,
			Clock clock) {
		this.incidents = incidents;
		this.outbox = outbox;
		this.officials = officials;
		this.composer = composer;
		this.dispatcher = dispatcher;
		this.transaction = transaction;
		this.lifecycle = lifecycle;
		this.planner = planner;
		this.policy = policy;
		this.properties = properties;
		this.clock = clock;
	}

	/** Handles one signal exactly once (a redelivered signal changes nothing); returns what happened. */
	public IncidentLifecycle.Action handle(AlertSignal signal) {
		IncidentLifecycle.Action action = transaction.execute(status -> handleInTransaction(signal));
		dispatcher.wake();
		return action;
	}

	private IncidentLifecycle.Action handleInTransaction(AlertSignal signal) {
		if (signal.eventId() != null && incidents.signalSeen(signal.eventId())) {
			return IncidentLifecycle.Action.IGNORED;
		}
		Instant now = clock.instant();
		Optional<Stored> latest = incidents.latestForKeyForUpdate(signal.deduplicationKey());
		Decision decision = lifecycle.onSignal(latest.map(Stored::incident).orElse(null), signal, now);
		Incident incident = decision.incident();
		switch (decision.action()) {
			case OPENED -> incidents.insert(incident, signal.figures());
			case IGNORED -> {
				log.info("Signal {} ({}, {}) ignored: {}", signal.eventId(), signal.type(), signal.deduplicationKey(),
						decision.note());
				if (incident != null) {
					incidents.addEvent(incident.id(), now, "SIGNAL_IGNORED", signal.eventId(), signal.severity(), null,
							decision.note());
				}
				return decision.action();
			}
			default -> incidents.update(incident, signal.type() == AlertSignal.SignalType.RECOVERED ? null
					: signal.figures());
		}
		incidents.addEvent(incident.id(), now, decision.action().name(), signal.eventId(), signal.severity(), null,
				decision.note());
		Map<String, Double> figures = signal.type() == AlertSignal.SignalType.RECOVERED
				? latest.map(Stored::figures).orElse(Map.of()) : signal.figures();
		switch (decision.action()) {
			case RESOLVED -> resolve(incident, figures, now);
			case REOPENED -> reopen(incident, figures, now);
			default -> escalate(incident, figures, signal.eventId(), now);
		}
		return decision.action();
	}

	private void resolve(Incident incident, Map<String, Double> figures, Instant now) {
		int withdrawn = outbox.cancelPending(incident.id(), NoticeKind.ALERT, false,
				"withdrawn: the incident resolved while the alert was held", now);
		if (withdrawn > 0) {
			incidents.addEvent(incident.id(), now, "WITHDRAWN", null, null, null,
					withdrawn + " held alert(s) withdrawn");
		}
		Map<Official, Set<Channel>> told = officialsTold(incident, NoticeKind.ALERT);
		List<PlannedNotice> notices = planner.notices(NoticeKind.RECOVERY, incident, told, now);
		Instant earliest = now.plus(properties.incidents().recoveryNoticeDelay());
		store(incident, notices.stream()
			.map(n -> n.deliverAt().isBefore(earliest) ? new PlannedNotice(n.official(), n.channel(), n.kind(),
					n.step(), n.escalation(), n.reason(), earliest) : n)
			.toList(), figures, null, now);
		if (!notices.isEmpty()) {
			incidents.addEvent(incident.id(), now, "RECOVERY_NOTICE", null, null, null,
					"recovery notice to " + String.join(", ", told.keySet().stream().map(Official::id).toList()));
		}
	}

	/**
	 * Reopened within the cooldown: recovery notices not yet sent are withdrawn (nobody hears
	 * "recovered" and "back" in turn); those who did hear "recovered" are told it is back.
	 */
	private void reopen(Incident incident, Map<String, Double> figures, Instant now) {
		int withdrawn = outbox.cancelPending(incident.id(), NoticeKind.RECOVERY, true,
				"withdrawn: the incident reopened before the recovery notice went out", now);
		if (withdrawn > 0) {
			incidents.addEvent(incident.id(), now, "WITHDRAWN", null, null, null,
					withdrawn + " recovery notice(s) withdrawn");
		}
		Map<Official, Set<Channel>> toldRecovered = officialsTold(incident, NoticeKind.RECOVERY);
		store(incident, planner.notices(NoticeKind.RETURNED, incident, toldRecovered, now), figures, null, now);
		escalate(incident, figures, null, now);
	}

	private Map<Official, Set<Channel>> officialsTold(Incident incident, NoticeKind kind) {
		Map<Official, Set<Channel>> told = new LinkedHashMap<>();
		outbox.told(incident.id(), kind, EnumSet.of(Notification.Status.SENT, Notification.Status.PENDING))
			.forEach((id, channels) -> officials.find(id).ifPresent(o -> told.put(o, channels)));
		return told;
	}

	/** Carries out the route's due steps; stores the incident's steps done. */
	private void escalate(Incident incident, Map<String, Double> figures, UUID signalId, Instant now) {
		Route route = policy.routeFor(incident.districtId(), incident.type());
		EscalationPlan plan = planner.escalate(incident, route, officials.forDistrict(incident.districtId()), now);
		if (plan.isEmpty()) {
			return;
		}
		incidents.update(plan.incident(), null);
		store(plan.incident(), plan.notices(), figures, signalId, now);
		for (String note : plan.notes()) {
			incidents.addEvent(incident.id(), now, "NOTIFIED", null, null, null, note);
		}
		plan.notices()
			.stream()
			.filter(n -> n.held(now))
			.map(n -> n.official().id())
			.distinct()
			.forEach(id -> incidents.addEvent(incident.id(), now, "HELD", null, null, id,
					"held for quiet hours until " + plan.notices().stream()
						.filter(n -> n.official().id().equals(id))
						.findFirst()
						.orElseThrow()
						.deliverAt()));
	}

	private void store(Incident incident, List<PlannedNotice> notices, Map<String, Double> figures, UUID signalId,
			Instant now) {
		Route route = policy.routeFor(incident.districtId(), incident.type());
		for (PlannedNotice n : notices) {
			EscalationStep step = n.step() >= 0 && n.step() < route.steps().size() ? route.steps().get(n.step()) : null;
			Message message = composer.compose(n.kind(), n.official().language(), incident, figures, step, false, now);
			outbox.insertIfNew(toNotification(incident, n.kind(), n.kind() == NoticeKind.ALERT ? 0 : incident.round(),
					n.official(), n.channel(), message, signalId, null, n.deliverAt(), now));
		}
	}

	static String idempotencyKey(UUID incidentId, NoticeKind kind, int round, String officialId, Channel channel) {
		return incidentId + ":" + kind + ":" + round + ":" + officialId + ":" + channel;
	}

	static Notification toNotification(Incident incident, NoticeKind kind, int round, Official official,
			Channel channel, Message message, UUID signalId, UUID fallbackFor, Instant notBefore, Instant now) {
		boolean sms = channel == Channel.SMS;
		return new Notification(UUID.randomUUID(), incident.id(), kind, round,
				idempotencyKey(incident.id(), kind, round, official.id(), channel), incident.deduplicationKey(), signalId,
				official.id(), channel, official.address(channel), message.subject(), sms ? message.sms() : message.text(),
				sms ? null : message.html(), Notification.Status.PENDING, 0, null, null, fallbackFor, now, notBefore,
				null);
	}

	/** Evaluates every open incident's route; several instances share the work (rows locked, others skipped). */
	public int escalateDue() {
		int touched = 0;
		for (UUID id : incidents.openIds()) {
			Boolean changed = transaction.execute(status -> incidents.lockOpenSkipLocked(id).map(stored -> {
				Incident before = stored.incident();
				escalate(before, stored.figures(), null, clock.instant());
				return true;
			}).orElse(false));
			if (Boolean.TRUE.equals(changed)) {
				touched++;
			}
		}
		dispatcher.wake();
		return touched;
	}

	/** An official acknowledges; escalation waiting for an acknowledgement stops. */
	public AckResult acknowledge(UUID incidentId, String officialId, String via) {
		return transaction.execute(status -> {
			Optional<Stored> stored = incidents.lockById(incidentId);
			if (stored.isEmpty()) {
				return new AckResult(AckResult.Outcome.NOT_FOUND, null, "no incident " + incidentId);
			}
			Instant now = clock.instant();
			Decision decision = lifecycle.acknowledge(stored.get().incident(), officialId, now);
			if (decision.action() == IncidentLifecycle.Action.IGNORED) {
				incidents.addEvent(incidentId, now, "ACK_IGNORED", null, null, officialId, decision.note());
				return new AckResult(AckResult.Outcome.UNCHANGED, decision.incident(), decision.note());
			}
			incidents.update(decision.incident(), null);
			incidents.addEvent(incidentId, now, "ACKNOWLEDGED", null, null, officialId,
					decision.note() + (via == null ? "" : " (" + via + ")"));
			return new AckResult(AckResult.Outcome.ACKNOWLEDGED, decision.incident(), decision.note());
		});
	}

	Optional<Stored> find(UUID id) {
		return incidents.findById(id);
	}

	List<Stored> search(IncidentFilter filter, int limit) {
		return incidents.search(filter, limit);
	}

	List<TimelineEntry> timeline(UUID id) {
		return incidents.timeline(id);
	}

	/** What an acknowledgement did. */
	public record AckResult(Outcome outcome, Incident incident, String note) {

		public enum Outcome {

			ACKNOWLEDGED, UNCHANGED, NOT_FOUND

		}
	}
}
