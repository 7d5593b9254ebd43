package io.cleanair.core.assessment;

import io.cleanair.core.aqi.Indicator;
import io.cleanair.core.pollutant.Pollutant;

/**
 * An hourly value that a daily result did not use, or did not use for everything, and
 * why.
 *
 * @param stationId the station (null while a station-day is computed without one)
 * @param hourLabel HJ 663 hour label 1…24 (label h covers [h−1:00, h:00) local time)
 * @param value the hourly value, canonical unit
 * @param detail the QC flags, or the minutes sampled, in words
 * @param statistic for {@link Reason#NOT_FOR_EXCEEDANCE_EXCEPTION}: the daily statistic
 * whose exception was refused ({@code O3_1H} or {@code O3_8H}); null otherwise
 */
public record ExcludedValue(String stationId, Pollutant pollutant, int hourLabel, double value, Reason reason,
		String detail, Indicator statistic) {

	/** Why the value was left out. */
	public enum Reason {

		/** Flagged by QC and excluded by {@link FlaggedValuePolicy#EXCLUDE}. */
		QC_FLAG_EXCLUDED,
		/** Flagged by QC and held for audit by {@link FlaggedValuePolicy#HOLD}. */
		QC_FLAG_HELD,
		/**
		 * Flagged by QC; used in the statistic, but refused as the ground of an
		 * exceedance exception.
		 */
		NOT_FOR_EXCEEDANCE_EXCEPTION,
		/** Fewer than 45 minutes of sampling in the hour (GB 3095 Table 4). */
		INSUFFICIENT_COVERAGE

	}

	/** A value left out of every statistic (no {@code statistic}). */
	public ExcludedValue(String stationId, Pollutant pollutant, int hourLabel, double value, Reason reason,
			String detail) {
		this(stationId, pollutant, hourLabel, value, reason, detail, null);
	}

	public ExcludedValue withStation(String station) {
		return new ExcludedValue(station, pollutant, hourLabel, value, reason, detail, statistic);
	}

	/** The same value refused as the ground of {@code refused}'s exceedance exception. */
	public ExcludedValue refusedFor(Indicator refused) {
		return new ExcludedValue(stationId, pollutant, hourLabel, value, Reason.NOT_FOR_EXCEEDANCE_EXCEPTION, detail,
				refused);
	}
}
