package io.cleanair.bench.stack;

import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;

/**
 * Latency samples in an HdrHistogram (microsecond resolution, up to ten minutes),
 * reported in milliseconds.
 */
public final class Latencies {

	private static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(10);

	private final Histogram histogram = new Histogram(HIGHEST_MICROS, 3);

	public synchronized void recordNanos(long nanos) {
		histogram.recordValue(Math.min(HIGHEST_MICROS, Math.max(0, TimeUnit.NANOSECONDS.toMicros(nanos))));
	}

	public synchronized long count() {
		return histogram.getTotalCount();
	}

	/**
	 * The value at the given percentile (0-100), in milliseconds; NaN without samples.
	 */
	public synchronized double millisAt(double percentile) {
		if (histogram.getTotalCount() == 0) {
			return Double.NaN;
		}
		return histogram.getValueAtPercentile(percentile) / 1000.0;
	}

	public synchronized double maxMillis() {
		return histogram.getTotalCount() == 0 ? Double.NaN : histogram.getMaxValue() / 1000.0;
	}

	/**
	 * For example
	 * {@code p50 12.1 ms, p95 30.2 ms, p99 41.0 ms, max 50.3 ms (200 samples)}.
	 */
	public String summary(double... percentiles) {
		if (count() == 0) {
			return "no samples";
		}
		StringBuilder text = new StringBuilder();
		for (double p : percentiles) {
			text.append(String.format(Locale.ROOT, "p%s %.1f ms, ", label(p), millisAt(p)));
		}
		return text.append(String.format(Locale.ROOT, "max %.1f ms (%d samples)", maxMillis(), count())).toString();
	}

	private static String label(double percentile) {
		return percentile == Math.rint(percentile) ? Long.toString((long) percentile) : Double.toString(percentile);
	}

}
