package io.cleanair.core.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GoodDayTargetTests {

	@Test
	void eightyPercentOfALeapYearNeedsTwoHundredNinetyThreeDays() {
		assertThat(GoodDayTarget.rate(2016, new BigDecimal("80")).requiredGoodDays()).isEqualTo(293);
	}

	@Test
	void eightyPercentOfACommonYearNeedsExactlyTwoHundredNinetyTwoDays() {
		assertThat(GoodDayTarget.rate(2015, new BigDecimal("80")).requiredGoodDays()).isEqualTo(292);
	}

	@Test
	void countTargetCannotExceedTheDaysOfTheYear() {
		assertThat(GoodDayTarget.count(2016, 366).daysInYear()).isEqualTo(366);
		assertThatThrownBy(() -> GoodDayTarget.count(2015, 366)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void onTheFirstOfJanuaryEveryOtherDayRemains() {
		TargetProgress p = TargetProgress.of(GoodDayTarget.count(2016, 300), LocalDate.of(2016, 1, 1), 1, 1);

		assertThat(p.remainingDays()).isEqualTo(365);
		assertThat(p.goodDaysNeeded()).isEqualTo(299);
		assertThat(p.nonGoodDaysAllowed()).isEqualTo(66);
		assertThat(p.status()).isEqualTo(TargetStatus.ON_TRACK);
	}

	@Test
	void onNewYearsEveNoDaysRemainAndTheOutcomeIsCertain() {
		GoodDayTarget target = GoodDayTarget.rate(2016, new BigDecimal("80"));

		TargetProgress met = TargetProgress.of(target, LocalDate.of(2016, 12, 31), 293, 366);
		TargetProgress short1 = TargetProgress.of(target, LocalDate.of(2016, 12, 31), 292, 366);

		assertThat(met.remainingDays()).isZero();
		assertThat(met.status()).isEqualTo(TargetStatus.ACHIEVED);
		assertThat(met.requiredRemainingRate()).isEmpty();
		assertThat(short1.status()).isEqualTo(TargetStatus.MISSED);
		assertThat(short1.nonGoodDaysAllowed()).isEqualTo(-1);
	}

	@Test
	void leapDayCountsAsARemainingDay() {
		GoodDayTarget target = GoodDayTarget.count(2016, 200);

		TargetProgress feb28 = TargetProgress.of(target, LocalDate.of(2016, 2, 28), 40, 59);

		assertThat(feb28.remainingDays()).isEqualTo(366 - 59);
	}

	@Test
	void achievedAsSoonAsTheCountIsReachedEvenMidYear() {
		TargetProgress p = TargetProgress.of(GoodDayTarget.count(2015, 100), LocalDate.of(2015, 6, 30), 100, 181);

		assertThat(p.status()).isEqualTo(TargetStatus.ACHIEVED);
		assertThat(p.goodDaysNeeded()).isZero();
	}

	@Test
	void missedWhenEvenAllRemainingDaysGoodCannotReachIt() {
		// 2015: 365 days; by 30 Nov (day 334) 31 remain; need 292, have 260 → 32 needed >
		// 31
		TargetProgress p = TargetProgress.of(GoodDayTarget.rate(2015, new BigDecimal("80")), LocalDate.of(2015, 11, 30),
				260, 334);

		assertThat(p.remainingDays()).isEqualTo(31);
		assertThat(p.goodDaysNeeded()).isEqualTo(32);
		assertThat(p.status()).isEqualTo(TargetStatus.MISSED);
	}

	@Test
	void atRiskWhenTheRestOfTheYearMustBeatTheYearSoFar() {
		// by 30 Jun 2015 (day 181): 184 remain; 130 of 181 good (71.8 %); need 292 − 130
		// = 162 (88.0 %)
		TargetProgress p = TargetProgress.of(GoodDayTarget.rate(2015, new BigDecimal("80")), LocalDate.of(2015, 6, 30),
				130, 181);

		assertThat(p.goodDaysNeeded()).isEqualTo(162);
		assertThat(p.nonGoodDaysAllowed()).isEqualTo(22);
		assertThat(p.requiredRemainingRate()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("88.0"));
		assertThat(p.status()).isEqualTo(TargetStatus.AT_RISK);
	}

	@Test
	void onTrackWhenTheYearSoFarIsAheadOfTheNeededPace() {
		TargetProgress p = TargetProgress.of(GoodDayTarget.rate(2015, new BigDecimal("80")), LocalDate.of(2015, 6, 30),
				160, 181);

		assertThat(p.goodDaysNeeded()).isEqualTo(132);
		assertThat(p.status()).isEqualTo(TargetStatus.ON_TRACK);
	}

	@Test
	void pastDaysWithoutAValidAqiReduceTheNonGoodDaysAllowed() {
		GoodDayTarget target = GoodDayTarget.rate(2015, new BigDecimal("80"));

		TargetProgress allValid = TargetProgress.of(target, LocalDate.of(2015, 1, 31), 25, 31);
		TargetProgress fiveInvalid = TargetProgress.of(target, LocalDate.of(2015, 1, 31), 25, 26);

		assertThat(allValid.nonGoodDaysAllowed()).isEqualTo(fiveInvalid.nonGoodDaysAllowed());
		assertThat(allValid.nonGoodDaysAllowed()).isEqualTo(334 - (292 - 25));
	}

}
