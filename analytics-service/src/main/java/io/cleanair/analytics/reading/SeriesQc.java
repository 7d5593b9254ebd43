package io.cleanair.analytics.reading;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.cleanair.core.event.ReadingReceived;
import io.cleanair.core.pollutant.Pollutant;
import io.cleanair.core.qc.QcFlag;
import io.cleanair.core.qc.SuspiciousValues;

/**
 * The QC checks that need a series' history (spike, stuck value), run where the history
 * is: on the consumer that owns the station's partition, against the stored readings of
 * the series and the batch's own. Pure: the stored values come in
 * ({@link ReadingRepository#recentValues}).
 */
final class SeriesQc {

	/** One station's series of one pollutant. */
	record SeriesKey(String stationId, Pollutant pollutant) {
	}

	private final SuspiciousValues rules;

	private final Duration lookback;

	SeriesQc(SuspiciousValues rules) {
		this.rules = rules;
		Duration stuck = Duration.ofHours(rules.stuckHours());
		this.lookback = stuck.compareTo(rules.spikeWindow()) > 0 ? stuck : rules.spikeWindow();
	}

	/**
	 * Per series of these readings, the span of stored values {@link #mark} needs: from,
	 * to inclusive.
	 */
	Map<SeriesKey, Instant[]> spans(List<ReadingReceived> readings) {
		Map<SeriesKey, Instant[]> spans = new HashMap<>();
		for (ReadingReceived r : readings) {
			Instant[] span = spans.computeIfAbsent(series(r), k -> new Instant[] { r.time(), r.time() });
			if (r.time().isBefore(span[0])) {
				span[0] = r.time();
			}
			if (r.time().isAfter(span[1])) {
				span[1] = r.time();
			}
		}
		spans.values().forEach(span -> span[0] = span[0].minus(lookback));
		return spans;
	}

	/**
	 * The readings, in their order, with the flags the checks found added to the ones
	 * they came with (a flag already there is not added twice).
	 */
	List<ReadingReceived> mark(List<ReadingReceived> readings, Map<SeriesKey, List<SuspiciousValues.Earlier>> stored) {
		Map<SeriesKey, List<ReadingReceived>> batch = new HashMap<>();
		for (ReadingReceived r : readings) {
			batch.computeIfAbsent(series(r), k -> new ArrayList<>()).add(r);
		}
		Map<SeriesKey, Series> series = new HashMap<>();
		batch.forEach((key, own) -> series.put(key, new Series(stored.getOrDefault(key, List.of()), own)));
		List<ReadingReceived> marked = new ArrayList<>(readings.size());
		for (ReadingReceived r : readings) {
			Series s = series.get(series(r));
			Set<QcFlag> found = rules.assess(r.pollutant(), r.time(), r.value(),
					s.before(r.time().minus(lookback), r.time()));
			List<String> flags = r.qcFlags();
			for (QcFlag f : found) {
				if (!flags.contains(f.name())) {
					flags = new ArrayList<>(flags);
					flags.add(f.name());
				}
			}
			marked.add(flags == r.qcFlags() ? r : r.withRevisionAndFlags(r.revision(), flags));
		}
		return marked;
	}

	private static SeriesKey series(ReadingReceived r) {
		return new SeriesKey(r.stationId(), r.pollutant());
	}

	/**
	 * One series' values by time: the stored ones, with the batch's own values replacing
	 * them at the same time (a later reading of the batch replacing an earlier one).
	 */
	private static final class Series {

		private final Instant[] times;

		private final double[] values;

		private final int size;

		Series(List<SuspiciousValues.Earlier> stored, List<ReadingReceived> own) {
			List<SuspiciousValues.Earlier> entries = new ArrayList<>(stored);
			entries.sort(Comparator.comparing(SuspiciousValues.Earlier::time));
			List<ReadingReceived> readings = new ArrayList<>(own);
			readings.sort(Comparator.comparing(ReadingReceived::time));
			times = new Instant[entries.size() + readings.size()];
			values = new double[times.length];
			int n = 0;
			int e = 0;
			int b = 0;
			while (e < entries.size() || b < readings.size()) {
				Instant time;
				double value;
				if (b == readings.size()
						|| e < entries.size() && entries.get(e).time().isBefore(readings.get(b).time())) {
					time = entries.get(e).time();
					value = entries.get(e++).value();
				}
				else {
					time = readings.get(b).time();
					value = readings.get(b++).value();
					// a stored value at the same time is replaced
					while (e < entries.size() && entries.get(e).time().equals(time)) {
						e++;
					}
				}
				if (n > 0 && times[n - 1].equals(time)) {
					n--;
				}
				times[n] = time;
				values[n++] = value;
			}
			size = n;
		}

		/** The values from {@code from} inclusive to {@code to} exclusive. */
		List<SuspiciousValues.Earlier> before(Instant from, Instant to) {
			int start = firstAtOrAfter(from);
			int end = firstAtOrAfter(to);
			List<SuspiciousValues.Earlier> history = new ArrayList<>(Math.max(0, end - start));
			for (int i = start; i < end; i++) {
				history.add(new SuspiciousValues.Earlier(times[i], values[i]));
			}
			return history;
		}

		private int firstAtOrAfter(Instant time) {
			int i = Arrays.binarySearch(times, 0, size, time);
			return i >= 0 ? i : -i - 1;
		}

	}

}
