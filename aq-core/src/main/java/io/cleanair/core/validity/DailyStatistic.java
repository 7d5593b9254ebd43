package io.cleanair.core.validity;

import java.util.OptionalDouble;

/**
 * One daily statistic of one pollutant (a daily mean, a daily maximum) with the number of
 * values it rests on (hours or 8-hour windows) and whether it meets its minimum-data
 * rule. {@code value} is NaN when there was nothing to compute it from.
 */
public record DailyStatistic(double value, int basis, boolean valid) {

	public static DailyStatistic none() {
		return new DailyStatistic(Double.NaN, 0, false);
	}

	/**
	 * The value if valid, empty otherwise: invalid statistics never enter an index or an
	 * assessment.
	 */
	public OptionalDouble validValue() {
		return valid ? OptionalDouble.of(value) : OptionalDouble.empty();
	}
}
