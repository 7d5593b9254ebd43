package io.cleanair.core.aqi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Missing indicators: HJ 633-2026 §5.3 and the 2012 practice (docs/standards.md §1.6).
 */
class Hj633MissingDataTests {

	private static final AqiStandard HJ2012 = AqiStandards.byId("hj633-2012");

	private static final AqiStandard HJ2026 = AqiStandards.byId("hj633-2026");

	@Test
	void incompleteDayAbove100IsPublishedUnder2026() {
		AqiResult r = HJ2026.assess(ReportPeriod.DAY, IndicatorValues.of(Indicator.PM2_5_24H, "76"));
		assertThat(r.aqi()).isEqualTo(115);
		assertThat(r.category()).isEqualTo(ChinaCategory.LIGHTLY_POLLUTED);
		assertThat(r.complete()).isFalse();
		assertThat(r.missing()).containsExactlyInAnyOrder(Indicator.SO2_24H, Indicator.NO2_24H, Indicator.PM10_24H,
				Indicator.CO_24H, Indicator.O3_8H);
	}

	@Test
	void incompleteDayAtOrBelow100HasAqiAndCategoryNaUnder2026ButKeepsIaqi() {
		AqiResult r = HJ2026.assess(ReportPeriod.DAY, IndicatorValues.of(Indicator.PM2_5_24H, "60"));
		assertThat(r.isNa()).isTrue();
		assertThat(r.aqi()).isNull();
		assertThat(r.category()).isNull();
		assertThat(r.naReason()).contains("§5.3");
		assertThat(r.iaqi()).containsEntry(Indicator.PM2_5_24H, 100);
		assertThat(r.primaryPollutants()).isEmpty();
	}

	@Test
	void incompleteDayUnder2012MarksMissingIndicatorsNaAndKeepsTheAqiOfThosePresent() {
		AqiResult r = HJ2012.assess(ReportPeriod.DAY, IndicatorValues.of(Indicator.PM2_5_24H, "60"));
		assertThat(r.aqi()).isEqualTo(82);
		assertThat(r.complete()).isFalse();
		assertThat(r.missing()).hasSize(6).doesNotContain(Indicator.PM2_5_24H);
		assertThat(r.iaqi()).containsOnlyKeys(Indicator.PM2_5_24H);
	}

	@Test
	void strictPolicyWithholdsTheAqiOfAnIncompleteDay() {
		AqiStandard strict = new ChinaAqi(
				Hj633RuleSet.HJ633_2012.withMissingDataPolicy(MissingDataPolicy.NA_WHEN_INCOMPLETE));
		AqiResult r = strict.assess(ReportPeriod.DAY, IndicatorValues.of(Indicator.PM2_5_24H, "300"));
		assertThat(r.isNa()).isTrue();
		assertThat(r.ruleSet()).isEqualTo("hj633-2012");
	}

	@Test
	void noDataAtAllIsNaUnderBothEditions() {
		for (AqiStandard s : new AqiStandard[] { HJ2012, HJ2026 }) {
			AqiResult r = s.assess(ReportPeriod.HOUR, IndicatorValues.empty());
			assertThat(r.isNa()).isTrue();
			assertThat(r.complete()).isFalse();
			assertThat(r.iaqi()).isEmpty();
		}
	}

	@Test
	void completeHourUnder2026HasNoMissing() {
		IndicatorValues hour = IndicatorValues.builder()
			.put(Indicator.SO2_1H, "5")
			.put(Indicator.NO2_1H, "20")
			.put(Indicator.CO_1H, "0.4")
			.put(Indicator.O3_1H, "60")
			.put(Indicator.PM10_1H, "40")
			.put(Indicator.PM2_5_1H, "20")
			.build();
		AqiResult r = HJ2026.assess(ReportPeriod.HOUR, hour);
		assertThat(r.complete()).isTrue();
		assertThat(r.missing()).isEmpty();
		assertThat(r.aqi()).isEqualTo(40);
		assertThat(r.category()).isEqualTo(ChinaCategory.EXCELLENT);
		assertThat(r.primaryPollutants()).isEmpty();
	}

}
