package io.cleanair.core.assessment;

import io.cleanair.core.aqi.Indicator;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * Fixture builder: a clean day (every daily indicator valid and low) with selected
 * overrides.
 */
final class Days {

	private final LocalDate day;

	private final Map<Indicator, Double> values = new EnumMap<>(Indicator.class);

	private Days(LocalDate day) {
		this.day = day;
		values.put(Indicator.SO2_24H, 5.0);
		values.put(Indicator.NO2_24H, 10.0);
		values.put(Indicator.PM10_24H, 20.0);
		values.put(Indicator.PM2_5_24H, 20.0);
		values.put(Indicator.CO_24H, 0.3);
		values.put(Indicator.O3_1H, 30.0);
		values.put(Indicator.O3_8H, 25.0);
	}

	static Days clean(LocalDate day) {
		return new Days(day);
	}

	Days with(Indicator indicator, double value) {
		values.put(indicator, value);
		return this;
	}

	Days without(Indicator indicator) {
		values.remove(indicator);
		return this;
	}

	DailyConcentrations build() {
		return new DailyConcentrations(day, values);
	}

}
