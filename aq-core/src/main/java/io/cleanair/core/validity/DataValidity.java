package io.cleanair.core.validity;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * Minimum-data rules of GB 3095-2012 / GB 3095-2026 Table 4 and HJ 663-2013
 * (docs/standards.md §2.2–2.3). Each rule is one named method; the numbers live here and
 * nowhere else.
 */
public final class DataValidity {

	/**
	 * GB 3095 Table 4: a 1-hour value needs at least 45 minutes of sampling in the hour.
	 */
	public static final int MIN_MINUTES_FOR_HOURLY_VALUE = 45;

	/** GB 3095 Table 4: a daily mean needs at least 20 hourly values. */
	public static final int MIN_HOURS_FOR_DAILY_MEAN = 20;

	/**
	 * GB 3095 Table 4: an O3 8-hour mean needs at least 6 hourly values in its window.
	 */
	public static final int MIN_HOURS_FOR_EIGHT_HOUR_MEAN = 6;

	/**
	 * HJ 663-2013: the daily maximum 8-hour mean is taken over the 17 windows labelled
	 * 08…24.
	 */
	public static final int EIGHT_HOUR_WINDOWS_PER_DAY = 17;

	/** HJ 663-2013: at least 14 of the 17 windows must be valid. */
	public static final int MIN_VALID_EIGHT_HOUR_WINDOWS = 14;

	/**
	 * GB 3095-2012 Grade II O3 8-hour limit, the default threshold for the exceedance
	 * exception.
	 */
	public static final double O3_EIGHT_HOUR_GRADE_II_LIMIT = 160;

	/**
	 * GB 3095-2012 Grade II O3 1-hour limit, used by the daily-maximum 1-hour exception.
	 */
	public static final double O3_ONE_HOUR_GRADE_II_LIMIT = 200;

	/** GB 3095 Table 4: annual statistics need at least 324 daily values a year. */
	public static final int MIN_DAYS_FOR_ANNUAL_STATISTIC = 324;

	/** GB 3095 Table 4: … and at least 27 a month. */
	public static final int MIN_DAYS_PER_MONTH = 27;

	/** GB 3095 Table 4: … February at least 25. */
	public static final int MIN_DAYS_IN_FEBRUARY = 25;

	private DataValidity() {
	}

	/**
	 * GB 3095 Table 4: a 1-hour value is valid with ≥ 45 minutes of sampling in its hour.
	 */
	public static boolean isValidHourlyValue(int minutesSampled) {
		return minutesSampled >= MIN_MINUTES_FOR_HOURLY_VALUE;
	}

	/**
	 * GB 3095 Table 4: daily mean (SO2, NO2, CO, PM10, PM2.5) valid with ≥ 20 hourly
	 * values.
	 */
	public static boolean isValidDailyMean(int hourlyValues) {
		return hourlyValues >= MIN_HOURS_FOR_DAILY_MEAN;
	}

	/** GB 3095 Table 4: O3 8-hour moving mean valid with ≥ 6 hourly values of the 8. */
	public static boolean isValidEightHourMean(int hourlyValuesInWindow) {
		return hourlyValuesInWindow >= MIN_HOURS_FOR_EIGHT_HOUR_MEAN;
	}

	/**
	 * HJ 663-2013: MDA8 valid with ≥ 14 of 17 valid windows, or with fewer when the
	 * maximum found already exceeds the limit (it can only be higher with the missing
	 * windows).
	 */
	public static boolean isValidDailyMaxEightHourMean(int validWindows, double maxFound, double limit) {
		return validWindows >= MIN_VALID_EIGHT_HOUR_WINDOWS || (validWindows > 0 && maxFound > limit);
	}

	/**
	 * Not in Table 4: the O3 daily maximum 1-hour value is taken as valid with ≥ 20
	 * hourly values, or with fewer when the maximum found already exceeds the 1-hour
	 * limit (same reasoning as MDA8).
	 */
	public static boolean isValidDailyMaxOneHour(int hourlyValues, double maxFound, double limit) {
		return hourlyValues >= MIN_HOURS_FOR_DAILY_MEAN || (hourlyValues > 0 && maxFound > limit);
	}

	/**
	 * GB 3095 Table 4: annual statistic valid with ≥ 324 daily values a year and ≥ 27
	 * each month (Feb ≥ 25).
	 */
	public static boolean isValidAnnualStatistic(int year, Collection<LocalDate> daysWithValidValue) {
		Map<Month, Integer> perMonth = new EnumMap<>(Month.class);
		int inYear = 0;
		for (LocalDate day : daysWithValidValue) {
			if (day.getYear() == year) {
				inYear++;
				perMonth.merge(day.getMonth(), 1, Integer::sum);
			}
		}
		if (inYear < MIN_DAYS_FOR_ANNUAL_STATISTIC) {
			return false;
		}
		for (Month month : Month.values()) {
			if (!isValidMonthForAnnualStatistic(YearMonth.of(year, month), perMonth.getOrDefault(month, 0))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * GB 3095 Table 4: a month contributes to an annual statistic with ≥ 27 daily values
	 * (February ≥ 25).
	 */
	public static boolean isValidMonthForAnnualStatistic(YearMonth month, int dailyValues) {
		int minimum = month.getMonth() == Month.FEBRUARY ? MIN_DAYS_IN_FEBRUARY : MIN_DAYS_PER_MONTH;
		return dailyValues >= minimum;
	}

}
