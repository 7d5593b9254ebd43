package io.cleanair.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cleanair.core.aqi.Indicator;
import io.cleanair.core.aqi.MissingDataPolicy;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The day-validity policy belongs to the rule set of the day: HJ 633-2012 reports the AQI
 * of the indicators present with the missing ones NA (the day counts); HJ 633-2026 §5.3
 * publishes an incomplete AQI only above 100.
 */
class DayValidityPolicyTests {

	/**
	 * 2014-01-25 as the bulletins saw it: O3 has no valid daily value, the other five are
	 * moderate.
	 */
	private static DailyConcentrations withoutOzone(LocalDate day) {
		return Days.clean(day)
			.with(Indicator.PM2_5_24H, 70)
			.with(Indicator.PM10_24H, 110)
			.without(Indicator.O3_1H)
			.without(Indicator.O3_8H)
			.build();
	}

	@Test
	void a2012DayWithoutOzoneIsAssessedFromTheOtherFiveAndCountsAsGood() {
		DayAssessment day = DailyAssessor.inForceOnTheDay().assess(withoutOzone(LocalDate.of(2014, 1, 25)));

		// PM2.5 70 → 50 + 50 × 35/40 = 93.75 → 94; PM10 110 → 50 + 50 × 60/100 = 80
		assertThat(day.aqi()).hasValue(94);
		assertThat(day.isGoodDay()).isTrue();
		assertThat(day.result().missing()).containsExactlyInAnyOrder(Indicator.O3_1H, Indicator.O3_8H);
		assertThat(day.validityPolicy()).isEqualTo(MissingDataPolicy.MISSING_INDICATORS_NA);
		assertThat(day.invalidReason()).isNull();
	}

	@Test
	void theSameDayUnder2026IsNotValidBecauseItsAqiIsNotAbove100() {
		DayAssessment day = DailyAssessor.inForceOnTheDay().assess(withoutOzone(LocalDate.of(2026, 11, 25)));

		// HJ 633-2026 PM2.5 70 → 100 + 50 × 10/55 = 109.09 → 110 (> 100): published,
		// valid
		assertThat(day.aqi()).hasValue(110);
		DayAssessment good = DailyAssessor.inForceOnTheDay()
			.assess(Days.clean(LocalDate.of(2026, 11, 25))
				.with(Indicator.PM2_5_24H, 50)
				.without(Indicator.O3_1H)
				.without(Indicator.O3_8H)
				.build());
		assertThat(good.hasValidAqi()).isFalse();
		assertThat(good.invalidReason()).contains("§5.3").contains("(≤ 100)");
		assertThat(good.result().iaqi()).containsKey(Indicator.PM2_5_24H);
	}

	@Test
	void the2012PolicyIsConfigurableAndEveryResultNamesThePolicyItWasAssessedUnder() {
		DailyAssessor as2026 = new DailyAssessor(RuleSetPolicy.inForceOnTheDay()
			.withMissingDataPolicies(Map.of("hj633-2012", MissingDataPolicy.NA_UNLESS_ABOVE_100)));

		DayAssessment day = as2026.assess(withoutOzone(LocalDate.of(2014, 1, 25)));

		assertThat(day.result().ruleSet()).isEqualTo("hj633-2012");
		assertThat(day.validityPolicy()).isEqualTo(MissingDataPolicy.NA_UNLESS_ABOVE_100);
		assertThat(day.hasValidAqi()).isFalse();
		assertThat(as2026.assess(withoutOzone(LocalDate.of(2026, 11, 25))).validityPolicy())
			.isEqualTo(MissingDataPolicy.NA_UNLESS_ABOVE_100);
	}

	@Test
	void aStrictPolicyCountsOnlyCompleteDays() {
		DailyAssessor strict = new DailyAssessor(RuleSetPolicy.inForceOnTheDay()
			.withMissingDataPolicies(Map.of("hj633-2012", MissingDataPolicy.NA_WHEN_INCOMPLETE, "hj633-2026",
					MissingDataPolicy.NA_WHEN_INCOMPLETE)));

		DayAssessment polluted = strict.assess(
				Days.clean(LocalDate.of(2026, 11, 25)).with(Indicator.PM2_5_24H, 200).without(Indicator.O3_8H).build());

		assertThat(polluted.hasValidAqi()).isFalse();
		assertThat(polluted.invalidReason()).isEqualTo("indicators missing");
	}

	@Test
	void aDayWithNoValidIndicatorIsInvalidUnderEveryPolicy() {
		DayAssessment empty = DailyAssessor.inForceOnTheDay()
			.assess(new DailyConcentrations(LocalDate.of(2014, 1, 25), Map.of()));

		assertThat(empty.hasValidAqi()).isFalse();
		assertThat(empty.invalidReason()).isEqualTo("no indicator present");
	}

	@Test
	void aPolicyForAUsIndexIsRefused() {
		assertThatThrownBy(() -> RuleSetPolicy.inForceOnTheDay()
			.withMissingDataPolicies(Map.of("epa-2024", MissingDataPolicy.NA_WHEN_INCOMPLETE)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("HJ 633");
	}

	@Test
	void aYearCountsIncompleteDaysOf2012AsTheBulletinsDid() {
		LocalDate jan1 = LocalDate.of(2014, 1, 1);
		List<DayAssessment> days = List.of(DailyAssessor.inForceOnTheDay().assess(withoutOzone(jan1)),
				DailyAssessor.inForceOnTheDay().assess(Days.clean(jan1.plusDays(1)).build()));

		PeriodAssessment period = PeriodAssessor.assess(jan1, jan1.plusDays(1), days);

		assertThat(period.validDays()).isEqualTo(2);
		assertThat(period.goodDays()).isEqualTo(2);
	}

}
