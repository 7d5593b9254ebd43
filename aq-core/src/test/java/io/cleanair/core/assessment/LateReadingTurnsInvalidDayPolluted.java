package io.cleanair.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import io.cleanair.core.pollutant.Pollutant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LateReadingTurnsInvalidDayPolluted {

	private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

	private static StationDayHours dayWithPm25Hours(int pm25Hours) {
		StationDayHours hours = new StationDayHours();
		for (int label = 1; label <= 24; label++) {
			hours.set(Pollutant.PM10, label, 60);
			hours.set(Pollutant.SO2, label, 10);
			hours.set(Pollutant.NO2, label, 30);
			hours.set(Pollutant.CO, label, 1.0);
			hours.set(Pollutant.O3, label, 20);
			if (label <= pm25Hours) {
				hours.set(Pollutant.PM2_5, label, 160);
			}
		}
		return hours;
	}

	@Test
	void nineteenPm25HoursLeaveTheDayWithoutAValidAqi() {
		DayAssessment day = DailyAssessor.inForceOnTheDay().assess(StationDay.compute(DAY, dayWithPm25Hours(19)));

		assertThat(day.hasValidAqi()).isFalse();
		assertThat(day.isGoodDay()).isFalse();
	}

	@Test
	void under2012NineteenPm25HoursCountTheDayFromTheOtherIndicators() {
		DayAssessment day = DailyAssessor.inForceOnTheDay()
			.assess(StationDay.compute(LocalDate.of(2015, 12, 1), dayWithPm25Hours(19)));

		// PM10 60 µg/m³ is the largest IAQI present: 50 + 50 × 10/100 = 55; PM2.5 is NA
		assertThat(day.aqi()).hasValue(55);
		assertThat(day.result().missing()).containsExactly(io.cleanair.core.aqi.Indicator.PM2_5_24H);
	}

	@Test
	void theTwentiethHourMakesItAHeavilyPollutedDay() {
		DayAssessment day = DailyAssessor.inForceOnTheDay().assess(StationDay.compute(DAY, dayWithPm25Hours(20)));

		// PM2.5 160 µg/m³ under HJ 633-2026 (150 → 200, 250 → 300): 200 + 100 × 10/100 =
		// 210
		assertThat(day.aqi()).hasValue(210);
		assertThat(day.result().primaryPollutants()).containsExactly(Pollutant.PM2_5);
	}

}
