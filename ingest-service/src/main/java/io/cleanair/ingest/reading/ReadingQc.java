package io.cleanair.ingest.reading;

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
import io.cleanair.core.qc.QcFlag;
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

	/** Per series of these readings, the time span of ledger entries {@link #mark} needs: from, to inclusive. */
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

	/** The readings, in their order, with revision and flags; {@code ledger} from {@link ReadingLedger#history}. */
	List<ReadingReceived> mark(List<ReadingReceived> readings, Map<SeriesKey, List<Entry>> ledger) {
		Map<SeriesKey, List<ReadingReceived>> batch = new HashMap<>();
		for (ReadingReceived r : readings) {
			batch.computeIfAbsent(series(r), k -> new ArrayList<>()).add(r);
		}
		Map<SeriesKey, Series> series = new HashMap<>();
		batch.forEach((key, own) -> series.put(key, new Series(ledger.getOrDefault(key, List.of()), own)));
		List<ReadingReceived> marked = new ArrayList<>(readings.size());
		for (ReadingReceived r : readings) {
			Series s = series.get(series(r));
			int previous = s.revisionAt(r.time());
			Set<QcFlag> found = rules.assess(r.pollutant(), r.time(), r.value(), s.before(r.time().minus(lookback), r.time()));
			List<String> flags = r.qcFlags();
			if (!found.isEmpty()) {
				flags = new ArrayList<>(flags);
				for (QcFlag f : found) {
					flags.add(f.name());
				}
			}
			marked.add(r.withRevisionAndFlags(previous < 0 ? 0 : previous + 1, flags));
		}
		return marked;
	}

	private static SeriesKey series(ReadingReceived r) {
		return new SeriesKey(r.stationId(), r.pollutant());
	}

	/**
	 * One series' values by time: the ledger's, with the batch's own values replacing them at the same
	 * time (a later reading of the batch replacing an earlier one), and the ledger's revisions.
	 */
	private static final class Series {

		private static final Comparator<Entry> BY_ENTRY_TIME = Comparator.comparing(Entry::time);

		private final Instant[] ledgerTimes;

		private final int[] ledgerRevisions;

		private final Instant[] times;

		private final double[] values;

		private final int size;

		Series(List<Entry> ledger, List<ReadingReceived> own) {
			List<Entry> entries = new ArrayList<>(ledger);
			entries.sort(BY_ENTRY_TIME);
			List<ReadingReceived> readings = new ArrayList<>(own);
			readings.sort(Comparator.comparing(ReadingReceived::time));
			ledgerTimes = new Instant[entries.size()];
			ledgerRevisions = new int[entries.size()];
			for (int i = 0; i < entries.size(); i++) {
				ledgerTimes[i] = entries.get(i).time();
				ledgerRevisions[i] = entries.get(i).revision();
			}
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
					// a ledger value at the same time is replaced
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

		/** The ledger's revision at {@code time}, -1 where it holds none (of two entries, the later one). */
		int revisionAt(Instant time) {
			int i = lastIndexOf(ledgerTimes, ledgerTimes.length, time);
			return i < 0 ? -1 : ledgerRevisions[i];
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

		private static int lastIndexOf(Instant[] sorted, int length, Instant time) {
			int i = Arrays.binarySearch(sorted, 0, length, time);
			if (i < 0) {
				return -1;
			}
			while (i + 1 < length && sorted[i + 1].equals(time)) {
				i++;
			}
			return i;
		}
	}
}
