package io.cleanair.alert.incident;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import io.cleanair.alert.delivery.Outbox;
import io.cleanair.alert.incident.domain.Audience;
import io.cleanair.alert.incident.domain.IncidentDecisions;
import io.cleanair.alert.incident.domain.Outcome;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Carries out the escalation steps that came due; several instances share the work (rows
 * locked, others skipped).
 */
@Service
public class EscalateDue {

	private final IncidentRepository incidents;

	private final IncidentDecisions decisions;

	private final Audience audience;

	private final OutcomeWriter writer;

	private final Outbox outbox;

	private final TransactionTemplate transaction;

	private final Clock clock;

	EscalateDue(IncidentRepository incidents, IncidentDecisions decisions, Audience audience, OutcomeWriter writer,
			Outbox outbox, TransactionTemplate transaction, Clock clock) {
		this.incidents = incidents;
		this.decisions = decisions;
		this.audience = audience;
		this.writer = writer;
		this.outbox = outbox;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** Evaluates every open incident's route; returns how many incidents it looked at. */
	public int escalateDue() {
		int touched = 0;
		for (UUID id : incidents.openIds()) {
			Boolean changed = transaction.execute(status -> incidents.lockOpenSkipLocked(id).map(stored -> {
				Instant now = clock.instant();
				Outcome outcome = decisions.escalateDue(stored.incident(), stored.figures(), audience, now);
				writer.write(outcome, now);
				return true;
			}).orElse(false));
			if (Boolean.TRUE.equals(changed)) {
				touched++;
			}
		}
		outbox.wake();
		return touched;
	}

}
