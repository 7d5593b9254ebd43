package io.cleanair.core.qc;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Set;

import io.cleanair.core.pollutant.Pollutant;

/**
 * The spike and stuck-value checks of {@link SuspiciousValues} over one station's series
 * of one pollutant, fed in time order: each value is checked against the values before
 * it, as ingest checks a reading against the station's recent ones. Keeps only the
 * history the checks look at.
 */
public final class SeriesChecks {

	private final SuspiciousValues rules;

	private final Pollutant pollutant;

	private final Duration lookback;

	private final Deque<SuspiciousValues.Earlier> history = new ArrayDeque<>();

	public SeriesChecks(SuspiciousValues rules, Pollutant pollutant) {
		this.rules = rules;
		this.pollutant = pollutant;
		Duration stuck = Duration.ofHours(rules.stuckHours());
		this.lookback = stuck.compareTo(rules.spikeWindow()) > 0 ? stuck : rules.spikeWindow();
	}

	/**
	 * The flags of the next value; {@code time} must not be before the previous one's.
	 */
	public Set<QcFlag> next(Instant time, double value) {
		if (!history.isEmpty() && time.isBefore(history.peekLast().time())) {
			throw new IllegalArgumentException("values must come in time order: " + time);
		}
		while (!history.isEmpty() && history.peekFirst().time().isBefore(time.minus(lookback))) {
			history.removeFirst();
		}
		Set<QcFlag> flags = rules.assess(pollutant, time, value, new ArrayList<>(history));
		history.addLast(new SuspiciousValues.Earlier(time, value));
		return flags;
	}

}
