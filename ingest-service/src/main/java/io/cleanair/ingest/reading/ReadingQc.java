package io.cleanair.ingest.reading;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import io.cleanair.core.event.ReadingReceived;
import io.cleanair.core.qc.SuspiciousValues;
import io.cleanair.ingest.reading.ReadingLedger.Entry;
import io.cleanair.ingest.reading.ReadingLedger.SeriesKey;

/**
 * Marks a batch's valid readings against what the station sent before: a revision number for a value
 * that replaces an earlier one, and the spike and stuck-value flags. Pure: the ledger entries come in.
 */
final class ReadingQc {

	private final SuspiciousValues rules;

	private final Duration lookback;

	ReadingQc(SuspiciousValues rules, Duration lookback) {
		this.rules = rules;
		this.lookback = lookback;
	}

	/** The time span of ledger entries {@link #mark} needs for these readings. */
	Optional<Instant[]> span(List<ReadingReceived> readings) {
		return readings.stream().map(ReadingReceived::time).min(Comparator.naturalOrder()).map(min -> new Instant[] {
				min.minus(lookback), readings.stream().map(ReadingReceived::time).max(Comparator.naturalOrder()).get() });
	}

	/** The readings, in their order, with revision and flags; {@code ledger} from {@link ReadingLedger#between}. */
	List<ReadingReceived> mark(List<ReadingReceived> readings, Map<SeriesKey, List<Entry>> ledger) {
		Map<SeriesKey, TreeMap<Instant, Double>> values = new HashMap<>();
		Map<SeriesKey, Map<Instant, Integer>> revisions = new HashMap<>();
		ledger.forEach((series, entries) -> entries.forEach(e -> {
			values.computeIfAbsent(series, k -> new TreeMap<>()).put(e.time(), e.value());
			revisions.computeIfAbsent(series, k -> new HashMap<>()).put(e.time(), e.revision());
		}));
		// the batch's own values count as history too, replacing the ledger's at the same hour
		readings.forEach(r -> values.computeIfAbsent(series(r), k -> new TreeMap<>()).put(r.time(), r.value()));
		List<ReadingReceived> marked = new ArrayList<>(readings.size());
		for (ReadingReceived r : readings) {
			SeriesKey series = series(r);
			Integer previous = revisions.getOrDefault(series, Map.of()).get(r.time());
			List<SuspiciousValues.Earlier> history = new ArrayList<>();
			values.get(series)
				.subMap(r.time().minus(lookback), true, r.time(), false)
				.forEach((time, value) -> history.add(new SuspiciousValues.Earlier(time, value)));
			List<String> flags = new ArrayList<>(r.qcFlags());
			rules.assess(r.pollutant(), r.time(), r.value(), history).forEach(f -> flags.add(f.name()));
			marked.add(r.withRevisionAndFlags(previous == null ? 0 : previous + 1, flags));
		}
		return marked;
	}

	private static SeriesKey series(ReadingReceived r) {
		return new SeriesKey(r.stationId(), r.pollutant());
	}
}
