package io.cleanair.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import io.cleanair.core.aqi.Indicator;
import io.cleanair.core.aqi.MissingDataPolicy;
import io.cleanair.core.pollutant.Pollutant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodAssessmentTests {

	private static final LocalDate FEB_1 = LocalDate.of(2015, 2, 1);

	private static final LocalDate FEB_28 = LocalDate.of(2015, 2, 28);

	/**
	 * HJ 633-2012 with the §5.3 day validity of 2026, so that days without PM2.5 and AQI
	 * ≤ 100 are invalid.
	 */
	private final DailyAssessor assessor = new DailyAssessor(RuleSetPolicy.inForceOnTheDay()
		.withMissingDataPolicies(java.util.Map.of("hj633-2012", MissingDataPolicy.NA_UNLESS_ABOVE_100)));

	/**
	 * Feb 2015: 10 excellent, 8 good, 4 heavy, 2 severe, 4 without PM2.5 (invalid under
	 * §5.3).
	 */
	private List<DayAssessment> constructedFebruary() {
		double[] pm25 = new double[28];
		java.util.Arrays.fill(pm25, 0, 10, 20); // AQI 29
		java.util.Arrays.fill(pm25, 10, 18, 60); // 2012: 81.25 → 82
		java.util.Arrays.fill(pm25, 18, 22, 160); // 210
		java.util.Arrays.fill(pm25, 22, 24, 300); // 350
		java.util.Arrays.fill(pm25, 24, 28, Double.NaN);
		List<DayAssessment> days = new ArrayList<>();
		for (int i = 0; i < 28; i++) {
			Days day = Days.clean(FEB_1.plusDays(i));
			days.add(assessor.assess(
					(Double.isNaN(pm25[i]) ? day.without(Indicator.PM2_5_24H) : day.with(Indicator.PM2_5_24H, pm25[i]))
						.build()));
		}
		return days;
	}

	@Test
	void constructedMonthCountsEachCategory() {
		PeriodAssessment month = PeriodAssessor.assess(FEB_1, FEB_28, constructedFebruary());

		assertThat(month.daysInPeriod()).isEqualTo(28);
		assertThat(month.validDays()).isEqualTo(24);
		assertThat(month.invalidDays()).isEqualTo(4);
		assertThat(month.daysWithoutData()).isZero();
		assertThat(month.excellentDays()).isEqualTo(10);
		assertThat(month.goodDays()).isEqualTo(18);
		assertThat(month.heavyDays()).isEqualTo(6);
		assertThat(month.severeDays()).isEqualTo(2);
		assertThat(month.goodDayRate()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("75.0"));
		assertThat(month.ruleSets()).containsExactly(java.util.Map.entry("hj633-2012", 28));
	}

	@Test
	void meanIsOverValidDailyValuesOnly() {
		PeriodAssessment month = PeriodAssessor.assess(FEB_1, FEB_28, constructedFebruary());

		// (10×20 + 8×60 + 4×160 + 2×300) / 24 = 80
		assertThat(month.mean(Pollutant.PM2_5)).hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo("80"));
		assertThat(month.pollutant(Pollutant.PM2_5).validDays()).isEqualTo(24);
		assertThat(month.pollutant(Pollutant.PM2_5).meetsAnnualDataRule(2015)).isFalse();
		assertThat(month.pollutant(Pollutant.CO).percentile())
			.hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("0.3"));
	}

	@Test
	void compositeIndexSumsRoundedConcentrationsOverTheirLimits() {
		PeriodAssessment month = PeriodAssessor.assess(FEB_1, FEB_28, constructedFebruary());

		// 5/60 + 10/40 + 20/70 + 80/35 + 0.3/4 + 25/160 = 3.1360 → 3.14; PM2.5 has the
		// largest Iᵢ
		CompositeIndex index = month.compositeIndex().orElseThrow();
		assertThat(index.total()).isEqualByComparingTo("3.14");
		assertThat(index.singleIndices().get(Pollutant.PM2_5)).isEqualByComparingTo("2.29");
		assertThat(index.primaryPollutant()).isEqualTo(Pollutant.PM2_5);
	}

	@Test
	void weightsAreConfigurable() {
		CompositeIndexRules weighted = CompositeIndexRules.GB3095_2012
			.withWeights(CompositeIndexRules.REPORTED_2026_WEIGHTS);

		PeriodAssessment month = new PeriodAssessor(weighted).assessPeriod(FEB_1, FEB_28, constructedFebruary());

		// 5/60 + 2×10/40 + 20/70 + 3×80/35 + 0.3/4 + 2×25/160 = 8.1136 → 8.11
		assertThat(month.compositeIndex().orElseThrow().total()).isEqualByComparingTo("8.11");
	}

	@Test
	void daysOutsideThePeriodAreIgnoredAndMissingDaysAreCounted() {
		PeriodAssessment firstWeek = PeriodAssessor.assess(FEB_1, FEB_1.plusDays(6), constructedFebruary());
		PeriodAssessment wholeQuarter = PeriodAssessor.assess(LocalDate.of(2015, 1, 1), LocalDate.of(2015, 3, 31),
				constructedFebruary());

		assertThat(firstWeek.validDays()).isEqualTo(7);
		assertThat(wholeQuarter.daysInPeriod()).isEqualTo(90);
		assertThat(wholeQuarter.daysWithoutData()).isEqualTo(62);
	}

	@Test
	void periodWithoutValidDaysHasNoRate() {
		PeriodAssessment empty = PeriodAssessor.assess(FEB_1, FEB_28, List.of());

		assertThat(empty.goodDayRate()).isEmpty();
		assertThat(empty.compositeIndex()).isEmpty();
	}

}
