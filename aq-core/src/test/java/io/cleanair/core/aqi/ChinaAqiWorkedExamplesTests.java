package io.cleanair.core.aqi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The test vectors of docs/standards.md §4 and the rounding pitfalls of §0 and §1.4. */
class ChinaAqiWorkedExamplesTests {

	private static final AqiStandard HJ2012 = AqiStandards.byId("hj633-2012");

	private static final AqiStandard HJ2026 = AqiStandards.byId("hj633-2026");

	@ParameterizedTest(name = "{0} {1} → {2} (2012), {3} (2026)")
	@CsvSource({ "PM2_5_24H, 36,  52,  52", "PM2_5_24H, 60,  82,  100", "PM2_5_24H, 76,  102, 115",
			"SO2_24H,   523, 158, 158", "O3_8H,     170, 110, 110", "CO_24H,    1.3, 33,  33",
			"CO_24H,    2.2, 55,  55" })
	void specVectorsGiveTheTabledDailyIaqi(Indicator indicator, String c, int iaqi2012, int iaqi2026) {
		assertThat(dailyIaqi(HJ2012, indicator, c)).isEqualTo(iaqi2012);
		assertThat(dailyIaqi(HJ2026, indicator, c)).isEqualTo(iaqi2026);
	}

	@Test
	void pm25At75IsExactly100Under2012() {
		assertThat(dailyIaqi(HJ2012, Indicator.PM2_5_24H, "75")).isEqualTo(100);
	}

	@Test
	void pm25At60IsExactly100Under2026() {
		assertThat(dailyIaqi(HJ2026, Indicator.PM2_5_24H, "60")).isEqualTo(100);
	}

	@Test
	void pm10At120IsExactly100Under2026AndNot100Under2012() {
		assertThat(dailyIaqi(HJ2026, Indicator.PM10_24H, "120")).isEqualTo(100);
		assertThat(dailyIaqi(HJ2012, Indicator.PM10_24H, "120")).isEqualTo(85);
	}

	@Test
	void co22IsExactly55NotTheFloatingPoint56() {
		// 2.2 in double arithmetic interpolates to 55.00000000000001 and would round up
		// to 56
		assertThat(dailyIaqi(HJ2012, Indicator.CO_24H, "2.2")).isEqualTo(55);
		assertThat(dailyIaqi(HJ2012, Indicator.CO_24H, String.valueOf(2.2d))).isEqualTo(55);
	}

	@Test
	void concentrationIsRoundedHalfEvenBeforeTheLookup() {
		// 75.5 → 76 (even) → 102; 74.5 → 74 (even) → 99; 75.50001 → 76
		assertThat(dailyIaqi(HJ2012, Indicator.PM2_5_24H, "75.5")).isEqualTo(102);
		assertThat(dailyIaqi(HJ2012, Indicator.PM2_5_24H, "74.5")).isEqualTo(99);
		assertThat(dailyIaqi(HJ2012, Indicator.PM2_5_24H, "75.49")).isEqualTo(100);
		AqiResult r = HJ2012.assess(ReportPeriod.DAY, IndicatorValues.of(Indicator.CO_24H, "1.25"));
		assertThat(r.concentrations().get(Indicator.CO_24H)).isEqualByComparingTo("1.2");
	}

	@Test
	void aqiIsTheLargestIaqiAndNamesItsRuleSet() {
		IndicatorValues day = IndicatorValues.builder()
			.put(Indicator.SO2_24H, "10")
			.put(Indicator.NO2_24H, "50")
			.put(Indicator.CO_24H, "1.3")
			.put(Indicator.O3_1H, "120")
			.put(Indicator.O3_8H, "170")
			.put(Indicator.PM10_24H, "80")
			.put(Indicator.PM2_5_24H, "76")
			.build();
		AqiResult r = HJ2012.assess(ReportPeriod.DAY, day);
		assertThat(r.ruleSet()).isEqualTo("hj633-2012");
		assertThat(r.aqi()).isEqualTo(110);
		assertThat(r.category()).isEqualTo(ChinaCategory.LIGHTLY_POLLUTED);
		assertThat(r.primaryPollutants()).containsExactly(io.cleanair.core.pollutant.Pollutant.O3);
		assertThat(r.exceedingPollutants()).containsExactly(io.cleanair.core.pollutant.Pollutant.PM2_5,
				io.cleanair.core.pollutant.Pollutant.O3);
		assertThat(r.complete()).isTrue();
		assertThat(r.iaqi()).hasSize(7);

		AqiResult r26 = HJ2026.assess(ReportPeriod.DAY, day);
		assertThat(r26.ruleSet()).isEqualTo("hj633-2026");
		assertThat(r26.aqi()).isEqualTo(115);
		assertThat(r26.primaryPollutants()).containsExactly(io.cleanair.core.pollutant.Pollutant.PM2_5);
		assertThat(r26.exceedingPollutants()).isEmpty();
		assertThat(r26.iaqi()).doesNotContainKey(Indicator.O3_1H).hasSize(6);
		assertThat(r26.notes()).anyMatch(n -> n.startsWith("O3_1H not used"));
	}

	static int dailyIaqi(AqiStandard standard, Indicator indicator, String c) {
		AqiResult r = standard.assess(ReportPeriod.DAY, IndicatorValues.of(indicator, new BigDecimal(c)));
		return r.iaqi().get(indicator);
	}

}
