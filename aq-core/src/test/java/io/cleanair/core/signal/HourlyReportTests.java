package io.cleanair.core.signal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

import io.cleanair.core.aqi.AqiResult;
import io.cleanair.core.aqi.ChinaCategory;
import io.cleanair.core.pollutant.Pollutant;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HourlyReportTests {

	private static final LocalDate UNDER_2026 = LocalDate.of(2026, 11, 28);

	private static final LocalDate UNDER_2012 = LocalDate.of(2017, 1, 10);

	@Test
	void pm25OneHour76IsLightlyPollutedUnder2026WithAllSixPollutants() {
		Map<Pollutant, double[]> series = allSix(24, 76);
		AqiResult result = HourlyReport.at(UNDER_2026, series, 23);
		assertThat(result.ruleSet()).isEqualTo("hj633-2026");
		assertThat(result.aqi()).isEqualTo(115);
		assertThat(result.category()).isEqualTo(ChinaCategory.LIGHTLY_POLLUTED);
		assertThat(result.primaryPollutants()).containsExactly(Pollutant.PM2_5);
	}

	@Test
	void under2012PmCountsByItsTwentyFourHourMovingMean() {
		Map<Pollutant, double[]> series = allSix(24, 76);
		series.get(Pollutant.PM2_5)[23] = 300; // one high hour barely moves the 24-hour
												// mean
		AqiResult result = HourlyReport.at(UNDER_2012, series, 23);
		assertThat(result.ruleSet()).isEqualTo("hj633-2012");
		// mean of 23 × 76 and 300 = 85.33 → 85 → IAQI 112.5 → 113
		assertThat(result.iaqiOf(Pollutant.PM2_5)).hasValue(113);
	}

	@Test
	void under2012FewerThanTwentyHoursLeaveThePmIndexOut() {
		AqiResult result = HourlyReport.at(UNDER_2012, allSix(10, 76), 9);
		assertThat(result.iaqiOf(Pollutant.PM2_5)).isEmpty();
		assertThat(result.complete()).isFalse();
	}

	@Test
	void onlyThe2012EditionNeedsEarlierHours() {
		assertThat(HourlyReport.usesMovingMeans(UNDER_2012)).isTrue();
		assertThat(HourlyReport.usesMovingMeans(UNDER_2026)).isFalse();
	}

	private static Map<Pollutant, double[]> allSix(int hours, double pm25) {
		Map<Pollutant, double[]> series = new EnumMap<>(Pollutant.class);
		for (Pollutant p : Pollutant.values()) {
			double[] values = new double[hours];
			Arrays.fill(values, p == Pollutant.CO ? 0.5 : 10);
			series.put(p, values);
		}
		Arrays.fill(series.get(Pollutant.PM2_5), pm25);
		return series;
	}

}
