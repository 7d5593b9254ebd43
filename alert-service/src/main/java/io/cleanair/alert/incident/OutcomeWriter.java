package io.cleanair.alert.incident;

import java.time.Instant;

import io.cleanair.alert.delivery.Outbox;
import io.cleanair.alert.incident.domain.Outcome;
import io.cleanair.alert.incident.domain.TimelineEvent;
import io.cleanair.alert.incident.domain.Withdrawal;
import org.springframework.stereotype.Component;

/** Stores what a decision called for, inside the caller's transaction. */
@Component
class OutcomeWriter {

	private final IncidentRepository incidents;

	private final Outbox outbox;

	OutcomeWriter(IncidentRepository incidents, Outbox outbox) {
		this.incidents = incidents;
		this.outbox = outbox;
	}

	void write(Outcome outcome, Instant now) {
		switch (outcome.write()) {
			case INSERT -> incidents.insert(outcome.incident(), outcome.figures());
			case UPDATE -> incidents.update(outcome.incident(), outcome.figures());
			case NONE -> {
			}
		}
		if (outcome.incident() == null) {
			return;
		}
		for (TimelineEvent event : outcome.events()) {
			incidents.record(outcome.incident().id(), now, event);
		}
		for (Withdrawal w : outcome.withdrawals()) {
			outbox.withdraw(outcome.incident().id(), w.kind(), w.evenIfDue(), w.reason(), now);
		}
		if (!outcome.notices().isEmpty()) {
			outbox.plan(outcome.incident(), outcome.notices(), outcome.noticeFigures(), outcome.signalId(), now);
		}
	}

}
