package io.cleanair.core.qc;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import io.cleanair.core.pollutant.Pollutant;

/**
 * Spike and stuck-value checks of one reading against the station's earlier values of the
 * same pollutant. Plain rules returning flags; the caller supplies the history.
 *
 * @param spikeWindow how far back the recent level (the median of earlier values) is
 * taken
 * @param minimumHistory fewer earlier values than this in the window: no spike check
 * @param spikeFactor a spike is at least this many times the recent level (and a rise of
 * at least {@link PlausibleRanges.Limits#spikeRise()})
 * @param stuckHours this many consecutive hourly values, the new one included, all
 * identical: stuck
 */
public record SuspiciousValues(Duration spikeWindow, int minimumHistory, double spikeFactor, int stuckHours) {

	public static final SuspiciousValues DEFAULTS = new SuspiciousValues(Duration.ofHours(6), 3, 4.0, 12);

	public SuspiciousValues {
		if (minimumHistory < 1 || spikeFactor <= 1 || stuckHours < 2 || spikeWindow.isNegative()) {
			throw new IllegalArgumentException("implausible QC settings");
		}
	}

	/** An earlier value of the same station and pollutant, canonical unit. */
	public record Earlier(Instant time, double value) {
	}

	/**
	 * The flags of {@code value} at {@code time}; {@code earlier} may be in any order and
	 * hold later times too.
	 */
	public Set<QcFlag> assess(Pollutant pollutant, Instant time, double value, List<Earlier> earlier) {
		TreeMap<Instant, Double> before = new TreeMap<>();
		for (Earlier e : earlier) {
			if (e.time().isBefore(time)) {
				before.put(e.time(), e.value());
			}
		}
		Set<QcFlag> flags = EnumSet.noneOf(QcFlag.class);
		if (isSpike(pollutant, time, value, before)) {
			flags.add(QcFlag.SPIKE);
		}
		if (isStuck(time, value, before)) {
			flags.add(QcFlag.STUCK);
		}
		return flags;
	}

	private boolean isSpike(Pollutant pollutant, Instant time, double value, TreeMap<Instant, Double> before) {
		List<Double> recent = new ArrayList<>(before.tailMap(time.minus(spikeWindow), true).values());
		if (recent.size() < minimumHistory) {
			return false;
		}
		double level = median(recent);
		return value >= spikeFactor * level && value - level >= PlausibleRanges.of(pollutant).spikeRise();
	}

	private boolean isStuck(Instant time, double value, TreeMap<Instant, Double> before) {
		for (int hoursBack = 1; hoursBack < stuckHours; hoursBack++) {
			Double earlier = before.get(time.minus(Duration.ofHours(hoursBack)));
			if (earlier == null || Double.compare(earlier, value) != 0) {
				return false;
			}
		}
		return true;
	}

	private static double median(List<Double> values) {
		values.sort(null);
		int n = values.size();
		return n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
	}
}
