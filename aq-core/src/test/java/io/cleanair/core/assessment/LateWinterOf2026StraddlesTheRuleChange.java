package io.cleanair.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import io.cleanair.core.aqi.Indicator;
import io.cleanair.core.aqi.MissingDataPolicy;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LateWinterOf2026StraddlesTheRuleChange {

	private final DailyAssessor assessor = DailyAssessor.inForceOnTheDay();

	@Test
	void samePm25IsGoodUnder2012AndLightlyPollutedUnder2026() {
		DayAssessment feb28 = assessor
			.assess(Days.clean(LocalDate.of(2026, 2, 28)).with(Indicator.PM2_5_24H, 70).build());
		DayAssessment mar1 = assessor
			.assess(Days.clean(LocalDate.of(2026, 3, 1)).with(Indicator.PM2_5_24H, 70).build());

		assertThat(feb28.result().ruleSet()).isEqualTo("hj633-2012");
		assertThat(feb28.aqi()).hasValue(94);
		assertThat(mar1.result().ruleSet()).isEqualTo("hj633-2026");
		assertThat(mar1.aqi()).hasValue(110);

		PeriodAssessment both = PeriodAssessor.assess(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 1),
				List.of(feb28, mar1));
		assertThat(both.goodDays()).isEqualTo(1);
		assertThat(both.ruleSets()).isEqualTo(Map.of("hj633-2012", 1, "hj633-2026", 1));
	}

	@Test
	void incompleteDayAbove100CountsAsValidNonGoodDay() {
		DayAssessment day = assessor.assess(Days.clean(LocalDate.of(2026, 5, 1))
			.with(Indicator.PM2_5_24H, 120)
			.without(Indicator.PM10_24H)
			.build());

		assertThat(day.hasValidAqi()).isTrue();
		assertThat(day.isGoodDay()).isFalse();
	}

	@Test
	void incompleteDayAtOrBelow100CountsUnder2012ButHasNoValidAqiUnder2026() {
		DayAssessment in2015 = assessor.assess(Days.clean(LocalDate.of(2015, 5, 1)).without(Indicator.O3_8H).build());
		DayAssessment in2026 = assessor.assess(Days.clean(LocalDate.of(2026, 5, 1)).without(Indicator.O3_8H).build());

		// HJ 633-2012: AQI from the indicators present, O3_8H marked NA; HJ 633-2026
		// §5.3: AQI NA when ≤ 100
		assertThat(in2015.hasValidAqi()).isTrue();
		assertThat(in2015.isGoodDay()).isTrue();
		assertThat(in2015.result().missing()).containsExactly(Indicator.O3_8H);
		assertThat(in2015.validityPolicy()).isEqualTo(MissingDataPolicy.MISSING_INDICATORS_NA);
		assertThat(in2026.hasValidAqi()).isFalse();
		assertThat(in2026.validityPolicy()).isEqualTo(MissingDataPolicy.NA_UNLESS_ABOVE_100);
		assertThat(in2026.invalidReason()).startsWith("HJ 633-2026 §5.3");
	}

}
