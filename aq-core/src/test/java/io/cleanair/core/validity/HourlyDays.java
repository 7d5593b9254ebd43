package io.cleanair.core.validity;

import java.util.Arrays;

/** Fixture builder for one pollutant's 24 hourly values (index 0 = hour label 1). */
public final class HourlyDays {

	private HourlyDays() {
	}

	public static double[] constant(double value) {
		double[] hours = new double[HourlyDayStatistics.HOURS_PER_DAY];
		Arrays.fill(hours, value);
		return hours;
	}

	/** Hour labels 1…24 to leave missing. */
	public static double[] withMissingLabels(double[] hours, int... labels) {
		double[] copy = hours.clone();
		for (int label : labels) {
			copy[label - 1] = Double.NaN;
		}
		return copy;
	}

	public static double[] missingLabelRange(double[] hours, int fromLabel, int toLabel) {
		double[] copy = hours.clone();
		for (int label = fromLabel; label <= toLabel; label++) {
			copy[label - 1] = Double.NaN;
		}
		return copy;
	}

}
