package io.cleanair.core.assessment;

import io.cleanair.core.aqi.Indicator;
import io.cleanair.core.pollutant.Pollutant;
import io.cleanair.core.validity.DataValidity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A pollutant's statistics over a period (docs/standards.md §2.5): the mean of its valid
 * daily values and the percentile the standard names (SO2, NO2: P98 of daily means; PM10,
 * PM2.5, CO: P95 of daily means; O3: P90 of MDA8 — for O3 the mean is the mean MDA8).
 * Unrounded.
 *
 * @param daysWithValue days with a valid daily value, for the annual-data rule (GB 3095
 * Table 4)
 */
public record PollutantStatistics(Pollutant pollutant, Indicator dailyIndicator, List<LocalDate> daysWithValue,
		Optional<BigDecimal> mean, int percentileRank, Optional<BigDecimal> percentile) {

	public PollutantStatistics {
		daysWithValue = List.copyOf(daysWithValue);
	}

	public int validDays() {
		return daysWithValue.size();
	}

	/**
	 * GB 3095 Table 4: enough daily values in {@code year} (≥ 324, ≥ 27 a month, February
	 * ≥ 25) for annual statistics.
	 */
	public boolean meetsAnnualDataRule(int year) {
		return DataValidity.isValidAnnualStatistic(year, daysWithValue);
	}

	/** The daily indicator a pollutant's period statistics are taken from. */
	static Indicator dailyIndicatorOf(Pollutant pollutant) {
		return switch (pollutant) {
			case PM2_5 -> Indicator.PM2_5_24H;
			case PM10 -> Indicator.PM10_24H;
			case SO2 -> Indicator.SO2_24H;
			case NO2 -> Indicator.NO2_24H;
			case CO -> Indicator.CO_24H;
			case O3 -> Indicator.O3_8H;
		};
	}

	/**
	 * HJ 663 Appendix A: SO2/NO2 98th, PM/CO 95th percentile of daily means; O3 90th of
	 * MDA8.
	 */
	static int percentileRankOf(Pollutant pollutant) {
		return switch (pollutant) {
			case SO2, NO2 -> 98;
			case PM2_5, PM10, CO -> 95;
			case O3 -> 90;
		};
	}
}
