package io.cleanair.core.validity;

/**
 * Daily statistics from the 24 hourly values of one pollutant on one calendar day.
 * <p>
 * Hour convention (docs/standards.md §0): {@code hours[i]} is hour label {@code i + 1},
 * covering [i:00, i+1:00) local time; {@code Double.NaN} marks a missing hour. The 8-hour
 * mean labelled h is the mean of hours h−7…h, so the 17 windows labelled 08…24 lie wholly
 * inside the day (HJ 663-2013).
 */
public final class HourlyDayStatistics {

	public static final int HOURS_PER_DAY = 24;

	private static final int WINDOW = 8;

	private HourlyDayStatistics() {
	}

	/**
	 * 24-hour mean of the hours present; valid per {@link DataValidity#isValidDailyMean}.
	 */
	public static DailyStatistic dailyMean(double[] hours) {
		checkLength(hours);
		double sum = 0;
		int count = 0;
		for (double value : hours) {
			if (!Double.isNaN(value)) {
				sum += value;
				count++;
			}
		}
		if (count == 0) {
			return DailyStatistic.none();
		}
		return new DailyStatistic(sum / count, count, DataValidity.isValidDailyMean(count));
	}

	/**
	 * The 17 moving 8-hour means labelled 08…24 (index 0 = label 08); NaN where the
	 * window has fewer than 6 hourly values (GB 3095 Table 4).
	 */
	public static double[] eightHourMeans(double[] hours) {
		checkLength(hours);
		double[] means = new double[DataValidity.EIGHT_HOUR_WINDOWS_PER_DAY];
		for (int w = 0; w < means.length; w++) {
			double sum = 0;
			int count = 0;
			for (int i = w; i < w + WINDOW; i++) {
				if (!Double.isNaN(hours[i])) {
					sum += hours[i];
					count++;
				}
			}
			means[w] = DataValidity.isValidEightHourMean(count) ? sum / count : Double.NaN;
		}
		return means;
	}

	/**
	 * O3 daily maximum 8-hour mean (MDA8) with the HJ 663 validity rule and the given
	 * exceedance limit.
	 */
	public static DailyStatistic dailyMaxEightHourMean(double[] hours, double limit) {
		double max = Double.NaN;
		int valid = 0;
		for (double mean : eightHourMeans(hours)) {
			if (!Double.isNaN(mean)) {
				valid++;
				max = Double.isNaN(max) ? mean : Math.max(max, mean);
			}
		}
		if (valid == 0) {
			return DailyStatistic.none();
		}
		return new DailyStatistic(max, valid, DataValidity.isValidDailyMaxEightHourMean(valid, max, limit));
	}

	/**
	 * MDA8 with the GB 3095-2012 Grade II limit (160 µg/m³) as the exceedance threshold.
	 */
	public static DailyStatistic dailyMaxEightHourMean(double[] hours) {
		return dailyMaxEightHourMean(hours, DataValidity.O3_EIGHT_HOUR_GRADE_II_LIMIT);
	}

	/**
	 * O3 daily maximum 1-hour value, valid per
	 * {@link DataValidity#isValidDailyMaxOneHour} ().
	 */
	public static DailyStatistic dailyMaxOneHour(double[] hours, double limit) {
		checkLength(hours);
		double max = Double.NaN;
		int count = 0;
		for (double value : hours) {
			if (!Double.isNaN(value)) {
				count++;
				max = Double.isNaN(max) ? value : Math.max(max, value);
			}
		}
		if (count == 0) {
			return DailyStatistic.none();
		}
		return new DailyStatistic(max, count, DataValidity.isValidDailyMaxOneHour(count, max, limit));
	}

	private static void checkLength(double[] hours) {
		if (hours.length != HOURS_PER_DAY) {
			throw new IllegalArgumentException("expected 24 hourly values, got " + hours.length);
		}
	}

}
