package io.cleanair.core.target;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;

/**
 * A district's good-day target for a calendar year, as a rate (percent of days) or a
 * count of days.
 * <p>
 * Assumption (stated because the rate is over valid days, docs/standards.md §2.7): a rate
 * target becomes a count of good days by assuming every day of the year has a valid AQI —
 * {@code requiredGoodDays = ceil(rate / 100 × daysInYear)}, days in year from the
 * calendar (365/366).
 */
public sealed interface GoodDayTarget {

	int year();

	/** Good days needed over the whole year for the target to be met. */
	int requiredGoodDays();

	default int daysInYear() {
		return Year.of(year()).length();
	}

	static GoodDayTarget rate(int year, BigDecimal percent) {
		return new Rate(year, percent);
	}

	static GoodDayTarget count(int year, int goodDays) {
		return new Count(year, goodDays);
	}

	/** A target rate in percent, e.g. 80.0 for "80 % good days". */
	record Rate(int year, BigDecimal percent) implements GoodDayTarget {
		public Rate {
			if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
				throw new IllegalArgumentException("target rate must be 0..100 %: " + percent);
			}
		}

		@Override
		public int requiredGoodDays() {
			// ceil(rate × days in year / 100), exact: 80 % of 366 = 292.8 → 293
			return percent.multiply(BigDecimal.valueOf(daysInYear()))
				.divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING)
				.intValueExact();
		}
	}

	/** A target number of good days in the year. */
	record Count(int year, int goodDays) implements GoodDayTarget {
		public Count {
			if (goodDays < 0 || goodDays > Year.of(year).length()) {
				throw new IllegalArgumentException(
						"target days must be 0.." + Year.of(year).length() + ": " + goodDays);
			}
		}

		@Override
		public int requiredGoodDays() {
			return goodDays;
		}
	}

}
