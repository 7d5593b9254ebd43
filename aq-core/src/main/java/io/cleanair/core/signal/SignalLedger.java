package io.cleanair.core.signal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cleanair.core.event.AlertSignal;
import io.cleanair.core.event.AlertSignal.Severity;
import io.cleanair.core.event.AlertSignal.SignalType;

/**
 * Turns an evaluation into what must be said: a condition that holds and is not open yet
 * is signalled once (a repeat of the same data says nothing again); an open condition
 * that was checked and no longer holds is reported {@code RECOVERED} under the same
 * deduplication key, so the alert-service can close the incident.
 */
public final class SignalLedger {

	private SignalLedger() {
	}

	public static Reconciliation reconcile(Evaluation evaluation, Map<String, OpenCondition> open, Instant now) {
		Map<String, AlertSignal> opened = new LinkedHashMap<>();
		for (AlertSignal signal : evaluation.holding()) {
			if (!open.containsKey(signal.deduplicationKey())) {
				opened.putIfAbsent(signal.deduplicationKey(), signal);
			}
		}
		List<AlertSignal> recovered = new ArrayList<>();
		for (String key : evaluation.checked()) {
			OpenCondition condition = open.get(key);
			boolean holds = evaluation.holding().stream().anyMatch(s -> s.deduplicationKey().equals(key));
			if (condition != null && !holds) {
				recovered.add(recovered(condition, now));
			}
		}
		return new Reconciliation(List.copyOf(opened.values()), recovered);
	}

	static AlertSignal recovered(OpenCondition condition, Instant now) {
		String summary = "%s cleared for district %s%s%s".formatted(condition.type(), condition.districtId(),
				condition.stationId() == null ? "" : ", station " + condition.stationId(),
				condition.pollutant() == null ? "" : ", " + condition.pollutant());
		return new AlertSignal(UUID.randomUUID(), AlertSignal.SCHEMA_VERSION, SignalType.RECOVERED, Severity.INFO,
				condition.districtId(), condition.stationId(), condition.pollutant(), condition.deduplicationKey(),
				summary,
				Map.of("openForMinutes", (double) java.time.Duration.between(condition.openedAt(), now).toMinutes()),
				now);
	}

	/**
	 * @param opened conditions to signal and to record as open
	 * @param recovered {@code RECOVERED} signals to publish; their keys are no longer
	 * open
	 */
	public record Reconciliation(List<AlertSignal> opened, List<AlertSignal> recovered) {

		public List<AlertSignal> toPublish() {
			List<AlertSignal> all = new ArrayList<>(opened);
			all.addAll(recovered);
			return all;
		}
	}

}
