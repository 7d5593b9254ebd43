package io.cleanair.core.aqi;

import static org.assertj.core.api.Assertions.assertThat;

import io.cleanair.core.pollutant.Pollutant;
import org.junit.jupiter.api.Test;

/**
 * SO2 1-hour and O3 8-hour above 800 µg/m³ (HJ 633-2012 Table 1 notes a, b; HJ 633-2026
 * fixed values).
 */
class Hj633OverRangeRulesTests {

	private static final AqiStandard HJ2012 = AqiStandards.byId("hj633-2012");

	private static final AqiStandard HJ2026 = AqiStandards.byId("hj633-2026");

	@Test
	void so2OneHourAbove800Under2012UsesTheTwentyFourHourIaqi() {
		AqiResult r = HJ2012.assess(ReportPeriod.HOUR,
				IndicatorValues.builder().put(Indicator.SO2_1H, "900").put(Indicator.SO2_24H, "523").build());
		assertThat(r.iaqi()).containsEntry(Indicator.SO2_1H, 158).doesNotContainKey(Indicator.SO2_24H);
		assertThat(r.notes()).anyMatch(n -> n.contains("taken from SO2_24H"));
	}

	@Test
	void so2OneHourAt800IsStill200FromTheOneHourColumn() {
		AqiResult r = HJ2012.assess(ReportPeriod.HOUR, IndicatorValues.of(Indicator.SO2_1H, "800.4"));
		assertThat(r.iaqi()).containsEntry(Indicator.SO2_1H, 200);
	}

	@Test
	void so2OneHourAbove800Under2012WithoutTwentyFourHourValueIsNa() {
		AqiResult r = HJ2012.assess(ReportPeriod.HOUR, IndicatorValues.of(Indicator.SO2_1H, "801"));
		assertThat(r.iaqi()).doesNotContainKey(Indicator.SO2_1H);
		assertThat(r.missing()).contains(Indicator.SO2_1H);
		assertThat(r.complete()).isFalse();
	}

	@Test
	void so2OneHourAbove800Under2026Is200() {
		AqiResult r = HJ2026.assess(ReportPeriod.HOUR,
				IndicatorValues.builder().put(Indicator.SO2_1H, "1500").put(Indicator.SO2_24H, "2000").build());
		assertThat(r.iaqi()).containsEntry(Indicator.SO2_1H, 200);
	}

	@Test
	void o3EightHourAbove800Under2012UsesTheOneHourIaqi() {
		AqiResult r = HJ2012.assess(ReportPeriod.DAY,
				IndicatorValues.builder().put(Indicator.O3_8H, "850").put(Indicator.O3_1H, "700").build());
		// O3 1h 700: 200 + 100 × (700 − 400)/(800 − 400) = 275
		assertThat(r.iaqi()).containsEntry(Indicator.O3_8H, 275).containsEntry(Indicator.O3_1H, 275);
		assertThat(r.aqi()).isEqualTo(275);
		assertThat(r.primaryPollutants()).containsExactly(Pollutant.O3);
	}

	@Test
	void o3EightHourAbove800Under2026Is300() {
		AqiResult r = HJ2026.assess(ReportPeriod.DAY, IndicatorValues.of(Indicator.O3_8H, "850"));
		assertThat(r.iaqi()).containsEntry(Indicator.O3_8H, 300);
		assertThat(r.aqi()).isEqualTo(300);
		assertThat(r.category()).isEqualTo(ChinaCategory.HEAVILY_POLLUTED);
	}

	@Test
	void aboveTheLastBreakpointIsCappedAt500AndFlaggedBeyondIndex() {
		for (AqiStandard s : new AqiStandard[] { HJ2012, HJ2026 }) {
			AqiResult r = s.assess(ReportPeriod.DAY, IndicatorValues.of(Indicator.PM2_5_24H, "650"));
			assertThat(r.aqi()).isEqualTo(500);
			assertThat(r.beyondIndex()).containsExactly(Indicator.PM2_5_24H);
			assertThat(r.category()).isEqualTo(ChinaCategory.SEVERELY_POLLUTED);
		}
	}

	@Test
	void on500BreakpointIsNotBeyondIndex() {
		AqiResult r = HJ2012.assess(ReportPeriod.DAY, IndicatorValues.of(Indicator.PM2_5_24H, "500.4"));
		assertThat(r.aqi()).isEqualTo(500);
		assertThat(r.beyondIndex()).isEmpty();
	}

}
