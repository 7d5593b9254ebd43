package io.cleanair.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import io.cleanair.core.aqi.Indicator;
import io.cleanair.core.pollutant.Pollutant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StationDayTests {

	private static final LocalDate DAY = LocalDate.of(2015, 6, 1);

	private static StationDayHours fullDay() {
		StationDayHours hours = new StationDayHours();
		for (int label = 1; label <= 24; label++) {
			hours.set(Pollutant.PM2_5, label, 40);
			hours.set(Pollutant.PM10, label, 80);
			hours.set(Pollutant.SO2, label, 8);
			hours.set(Pollutant.NO2, label, 30);
			hours.set(Pollutant.CO, label, 0.8);
			hours.set(Pollutant.O3, label, label == 15 ? 150 : 60);
		}
		return hours;
	}

	@Test
	void fullDayGivesAllSevenDailyIndicators() {
		DailyConcentrations day = StationDay.compute(DAY, fullDay());

		assertThat(day.values()).containsOnlyKeys(Indicator.PM2_5_24H, Indicator.PM10_24H, Indicator.SO2_24H,
				Indicator.NO2_24H, Indicator.CO_24H, Indicator.O3_1H, Indicator.O3_8H);
		assertThat(day.value(Indicator.PM2_5_24H)).hasValue(40.0);
		assertThat(day.value(Indicator.O3_1H)).hasValue(150.0);
		assertThat(day.value(Indicator.O3_8H)).hasValue(71.25);
	}

	@Test
	void startHourZeroIsHourLabelOne() {
		StationDayHours hours = new StationDayHours();
		hours.setByStartHour(Pollutant.PM10, 0, 12);
		hours.setByStartHour(Pollutant.PM10, 23, 34);

		assertThat(hours.hours(Pollutant.PM10)[0]).isEqualTo(12.0);
		assertThat(hours.hours(Pollutant.PM10)[23]).isEqualTo(34.0);
	}

	@Test
	void pollutantWithNineteenHoursIsLeftOutOfTheDay() {
		StationDayHours hours = fullDay();
		for (int label = 20; label <= 24; label++) {
			hours.set(Pollutant.PM2_5, label, Double.NaN);
		}

		DailyConcentrations day = StationDay.compute(DAY, hours);

		assertThat(day.has(Indicator.PM2_5_24H)).isFalse();
		assertThat(day.has(Indicator.PM10_24H)).isTrue();
	}

	@Test
	void concentrationsReachTheIndexAsCleanDecimals() {
		DailyConcentrations day = Days.clean(DAY).with(Indicator.PM2_5_24H, 0.1 + 0.2).build();

		assertThat(day.toIndicatorValues().get(Indicator.PM2_5_24H))
			.hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.3"));
	}

}
