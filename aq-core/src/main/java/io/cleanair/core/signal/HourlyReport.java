package io.cleanair.core.signal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import io.cleanair.core.aqi.AqiResult;
import io.cleanair.core.aqi.AqiStandard;
import io.cleanair.core.aqi.AqiStandards;
import io.cleanair.core.aqi.ChinaAqi;
import io.cleanair.core.aqi.Indicator;
import io.cleanair.core.aqi.IndicatorValues;
import io.cleanair.core.aqi.ReportPeriod;
import io.cleanair.core.pollutant.Pollutant;
import io.cleanair.core.validity.HourlyDayStatistics;

/**
 * A station's real-time (hourly) AQI report over all pollutants, under the HJ 633 edition
 * in force that day (docs/standards.md §1.6): 1-hour values, and where the edition uses
 * them the O3 8-hour moving mean (≥ 6 of 8) and the PM 24-hour moving means (≥ 20 of 24),
 * the same windows as {@link HourlyIaqi}.
 */
public final class HourlyReport {

	private static final Map<Pollutant, Indicator> ONE_HOUR = Map.of(Pollutant.PM2_5, Indicator.PM2_5_1H,
			Pollutant.PM10, Indicator.PM10_1H, Pollutant.SO2, Indicator.SO2_1H, Pollutant.NO2, Indicator.NO2_1H,
			Pollutant.CO, Indicator.CO_1H, Pollutant.O3, Indicator.O3_1H);

	private static final Map<Pollutant, Indicator> MOVING = Map.of(Pollutant.PM2_5, Indicator.PM2_5_24H, Pollutant.PM10,
			Indicator.PM10_24H, Pollutant.O3, Indicator.O3_8H, Pollutant.SO2, Indicator.SO2_24H);

	private HourlyReport() {
	}

	/**
	 * Whether the edition in force on {@code day} uses moving means, i.e. needs the hours
	 * before the day.
	 */
	public static boolean usesMovingMeans(LocalDate day) {
		AqiStandard standard = AqiStandards.hj633For(day);
		return standard instanceof ChinaAqi china
				&& china.rules().tables(ReportPeriod.HOUR).keySet().stream().anyMatch(MOVING::containsValue);
	}

	/**
	 * The report of the hour at {@code index} of {@code series}: per pollutant, hourly
	 * values oldest first (canonical units, NaN = missing), all of the same length;
	 * {@code day} picks the edition.
	 */
	public static AqiResult at(LocalDate day, Map<Pollutant, double[]> series, int index) {
		IndicatorValues.Builder values = IndicatorValues.builder();
		series.forEach((pollutant, hours) -> {
			double value = hours[index];
			if (!Double.isNaN(value)) {
				values.put(ONE_HOUR.get(pollutant), BigDecimal.valueOf(value));
			}
			Indicator moving = MOVING.get(pollutant);
			if (moving == null) {
				return;
			}
			boolean eight = pollutant == Pollutant.O3;
			double mean = mean(hours, index, eight ? 8 : HourlyDayStatistics.HOURS_PER_DAY, eight ? 6 : 20);
			if (!Double.isNaN(mean)) {
				values.put(moving, BigDecimal.valueOf(mean));
			}
		});
		return AqiStandards.hj633For(day).assess(day, ReportPeriod.HOUR, values.build());
	}

	private static double mean(double[] hours, int endIndex, int window, int minimum) {
		if (endIndex - window + 1 < 0) {
			return Double.NaN;
		}
		double sum = 0;
		int count = 0;
		for (int i = endIndex - window + 1; i <= endIndex; i++) {
			if (!Double.isNaN(hours[i])) {
				sum += hours[i];
				count++;
			}
		}
		return count >= minimum ? sum / count : Double.NaN;
	}

}
