package io.cleanair.core.alerting;

import java.time.Instant;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import io.cleanair.core.event.AlertSignal.Severity;
import io.cleanair.core.event.AlertSignal.SignalType;
import io.cleanair.core.pollutant.Pollutant;

/**
 * One ongoing condition in one district: every signal with the same deduplication key
 * joins it. Immutable; the {@code with…} methods and {@link IncidentLifecycle} return the
 * next state.
 *
 * @param severity the highest severity seen
 * @param round 0 when opened, +1 each time the incident reopens within its cooldown
 * @param stepsDone indexes of the route's steps already carried out
 */
public record Incident(UUID id, String deduplicationKey, SignalType type, String districtId, String stationId,
		Pollutant pollutant, Severity severity, IncidentStatus status, String summary, Instant openedAt,
		Instant lastSignalAt, Instant acknowledgedAt, String acknowledgedBy, Instant resolvedAt, int round,
		Set<Integer> stepsDone) {

	public Incident {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(deduplicationKey, "deduplicationKey");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(openedAt, "openedAt");
		stepsDone = Collections.unmodifiableSortedSet(stepsDone == null ? new TreeSet<>() : new TreeSet<>(stepsDone));
	}

	public boolean isOpen() {
		return status != IncidentStatus.RESOLVED;
	}

	public Incident withStepsDone(Set<Integer> more) {
		TreeSet<Integer> all = new TreeSet<>(stepsDone);
		all.addAll(more);
		return new Incident(id, deduplicationKey, type, districtId, stationId, pollutant, severity, status, summary,
				openedAt, lastSignalAt, acknowledgedAt, acknowledgedBy, resolvedAt, round, all);
	}

	Incident with(Severity newSeverity, IncidentStatus newStatus, String newSummary, Instant newLastSignalAt,
			Instant newAcknowledgedAt, String newAcknowledgedBy, Instant newResolvedAt, int newRound) {
		return new Incident(id, deduplicationKey, type, districtId, stationId, pollutant, newSeverity, newStatus,
				newSummary, openedAt, newLastSignalAt, newAcknowledgedAt, newAcknowledgedBy, newResolvedAt, newRound,
				stepsDone);
	}
}
