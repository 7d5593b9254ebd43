package io.cleanair.alert.incident;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import io.cleanair.alert.incident.domain.IncidentDecisions;
import io.cleanair.alert.incident.domain.Outcome;
import io.cleanair.alert.incident.domain.TimelineEvent;
import io.cleanair.core.alerting.Incident;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An official acknowledges an incident; escalation waiting for an acknowledgement stops.
 */
@Service
public class AcknowledgeIncident {

	private final IncidentRepository incidents;

	private final IncidentDecisions decisions;

	private final OutcomeWriter writer;

	private final TransactionTemplate transaction;

	private final Clock clock;

	AcknowledgeIncident(IncidentRepository incidents, IncidentDecisions decisions, OutcomeWriter writer,
			TransactionTemplate transaction, Clock clock) {
		this.incidents = incidents;
		this.decisions = decisions;
		this.writer = writer;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * @param via how the acknowledgement came (which key), for the timeline
	 */
	public AckResult acknowledge(UUID incidentId, String officialId, String via) {
		return transaction.execute(status -> {
			Optional<StoredIncident> stored = incidents.lockById(incidentId);
			if (stored.isEmpty()) {
				return new AckResult(AckResult.Outcome.NOT_FOUND, null, "no incident " + incidentId);
			}
			Instant now = clock.instant();
			Outcome outcome = decisions.acknowledge(stored.get().incident(), officialId, via, now);
			writer.write(outcome, now);
			TimelineEvent event = outcome.events().get(0);
			if (event instanceof TimelineEvent.Acknowledged acknowledged) {
				return new AckResult(AckResult.Outcome.ACKNOWLEDGED, outcome.incident(), acknowledged.reason());
			}
			return new AckResult(AckResult.Outcome.UNCHANGED, outcome.incident(), event.note());
		});
	}

	/** What an acknowledgement did. */
	public record AckResult(Outcome outcome, Incident incident, String note) {

		public enum Outcome {

			ACKNOWLEDGED, UNCHANGED, NOT_FOUND

		}
	}

}
