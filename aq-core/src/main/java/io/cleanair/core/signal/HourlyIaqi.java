package io.cleanair.core.signal;

import java.math.BigDecimal;
import java.util.Map;
import java.util.OptionalInt;

import io.cleanair.core.aqi.AqiResult;
import io.cleanair.core.aqi.AqiStandard;
import io.cleanair.core.aqi.AqiStandards;
import io.cleanair.core.aqi.Indicator;
import io.cleanair.core.aqi.IndicatorValues;
import io.cleanair.core.aqi.ReportPeriod;
import io.cleanair.core.pollutant.Pollutant;
import io.cleanair.core.validity.HourlyDayStatistics;

/**
 * The hourly (real-time report) IAQI of a pollutant at one hour of a series, under the HJ
 * 633 edition in force that day: the rule set takes the indicators it uses for the hourly
 * report (1-hour values; under 2012 the PM 24-hour moving mean, ≥ 20 of 24 hours
 * (default); O3 also its 8-hour moving mean).
 */
final class HourlyIaqi {

	private static final Map<Pollutant, Indicator> ONE_HOUR = Map.of(Pollutant.PM2_5, Indicator.PM2_5_1H,
			Pollutant.PM10, Indicator.PM10_1H, Pollutant.SO2, Indicator.SO2_1H, Pollutant.NO2, Indicator.NO2_1H,
			Pollutant.CO, Indicator.CO_1H, Pollutant.O3, Indicator.O3_1H);

	private static final Map<Pollutant, Indicator> MOVING = Map.of(Pollutant.PM2_5, Indicator.PM2_5_24H, Pollutant.PM10,
			Indicator.PM10_24H, Pollutant.O3, Indicator.O3_8H);

	private HourlyIaqi() {
	}

	static OptionalInt at(HourlySeries series, int index) {
		double value = series.value(index);
		if (Double.isNaN(value)) {
			return OptionalInt.empty();
		}
		Pollutant p = series.pollutant();
		IndicatorValues.Builder values = IndicatorValues.builder().put(ONE_HOUR.get(p), exact(value));
		Indicator moving = MOVING.get(p);
		if (moving != null) {
			int hours = p == Pollutant.O3 ? 8 : HourlyDayStatistics.HOURS_PER_DAY;
			int minimum = p == Pollutant.O3 ? 6 : 20;
			double mean = series.mean(index, hours, minimum);
			if (!Double.isNaN(mean)) {
				values.put(moving, exact(mean));
			}
		}
		AqiStandard standard = AqiStandards.hj633For(series.day());
		AqiResult result = standard.assess(series.day(), ReportPeriod.HOUR, values.build());
		return result.iaqiOf(p);
	}

	private static BigDecimal exact(double value) {
		return BigDecimal.valueOf(value);
	}

}
