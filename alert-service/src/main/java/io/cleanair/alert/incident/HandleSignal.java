package io.cleanair.alert.incident;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import io.cleanair.alert.delivery.Outbox;
import io.cleanair.alert.incident.domain.Audience;
import io.cleanair.alert.incident.domain.IncidentDecisions;
import io.cleanair.alert.incident.domain.Outcome;
import io.cleanair.core.alerting.IncidentLifecycle;
import io.cleanair.core.event.AlertSignal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A signal joins (or opens, resolves, reopens) its incident; the incident, its timeline
 * and the notices it calls for are stored in one transaction, then the dispatcher is
 * woken.
 */
@Service
public class HandleSignal {

	private static final Logger log = LoggerFactory.getLogger(HandleSignal.class);

	private final IncidentRepository incidents;

	private final IncidentDecisions decisions;

	private final Audience audience;

	private final OutcomeWriter writer;

	private final Outbox outbox;

	private final TransactionTemplate transaction;

	private final Clock clock;

	HandleSignal(IncidentRepository incidents, IncidentDecisions decisions, Audience audience, OutcomeWriter writer,
			Outbox outbox, TransactionTemplate transaction, Clock clock) {
		this.incidents = incidents;
		this.decisions = decisions;
		this.audience = audience;
		this.writer = writer;
		this.outbox = outbox;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * Handles one signal exactly once (a redelivered signal changes nothing); returns
	 * what happened.
	 */
	public IncidentLifecycle.Action handle(AlertSignal signal) {
		IncidentLifecycle.Action action = transaction.execute(status -> handleInTransaction(signal));
		outbox.wake();
		return action;
	}

	private IncidentLifecycle.Action handleInTransaction(AlertSignal signal) {
		if (signal.eventId() != null && incidents.signalSeen(signal.eventId())) {
			return IncidentLifecycle.Action.IGNORED;
		}
		Instant now = clock.instant();
		Optional<StoredIncident> latest = incidents.latestForKeyForUpdate(signal.deduplicationKey());
		Outcome outcome = decisions.onSignal(latest.map(StoredIncident::incident).orElse(null),
				latest.map(StoredIncident::figures).orElse(Map.of()), signal, audience, now);
		if (outcome.action() == IncidentLifecycle.Action.IGNORED) {
			log.info("Signal {} ({}, {}) ignored: {}", signal.eventId(), signal.type(), signal.deduplicationKey(),
					outcome.events().isEmpty() ? "no incident" : outcome.events().get(0).note());
		}
		writer.write(outcome, now);
		return outcome.action();
	}

}
