package io.cleanair.core.validity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DailyMaxEightHourValidityTests {

	@Test
	void eveningOutageLeavesElevenValidWindows() {
		double[] hours = HourlyDays.missingLabelRange(HourlyDays.constant(80), 17, 24);

		DailyStatistic mda8 = HourlyDayStatistics.dailyMaxEightHourMean(hours);

		// only hours 1..16 present: windows 19..24 hold ≤ 5 of them → invalid; 08..18
		// valid = 11
		assertThat(mda8.basis()).isEqualTo(11);
		assertThat(mda8.valid()).isFalse();
	}

	@Test
	void exactlyThirteenValidWindowsFailsAndFourteenPasses() {
		// missing labels 20..24: windows 22, 23, 24 (hours 15..22, 16..23, 17..24) have
		// 5, 4, 3 hours
		// present plus window 21 (14..21) has 6 → valid; so 14 valid
		double[] fourteen = HourlyDays.missingLabelRange(HourlyDays.constant(80), 20, 24);
		// one more missing hour (label 19) makes window 21 hold 5 → 13 valid
		double[] thirteen = HourlyDays.missingLabelRange(HourlyDays.constant(80), 19, 24);

		assertThat(HourlyDayStatistics.dailyMaxEightHourMean(fourteen).basis()).isEqualTo(14);
		assertThat(HourlyDayStatistics.dailyMaxEightHourMean(fourteen).valid()).isTrue();
		assertThat(HourlyDayStatistics.dailyMaxEightHourMean(thirteen).basis()).isEqualTo(13);
		assertThat(HourlyDayStatistics.dailyMaxEightHourMean(thirteen).valid()).isFalse();
	}

	@Test
	void incompleteDayStillCountsWhenItsMaximumAlreadyExceedsTheLimit() {
		double[] hours = HourlyDays.missingLabelRange(HourlyDays.constant(170), 19, 24);

		DailyStatistic mda8 = HourlyDayStatistics.dailyMaxEightHourMean(hours);

		assertThat(mda8.basis()).isEqualTo(13);
		assertThat(mda8.value()).isEqualTo(170.0);
		assertThat(mda8.valid()).isTrue();
	}

	@Test
	void incompleteDayAtTheLimitExactlyDoesNotCount() {
		double[] hours = HourlyDays.missingLabelRange(HourlyDays.constant(160), 19, 24);

		assertThat(HourlyDayStatistics.dailyMaxEightHourMean(hours).valid()).isFalse();
	}

	@Test
	void mda8IsTheHighestOfTheSeventeenWindows() {
		double[] hours = HourlyDays.constant(40);
		for (int label = 13; label <= 20; label++) {
			hours[label - 1] = 120;
		}

		DailyStatistic mda8 = HourlyDayStatistics.dailyMaxEightHourMean(hours);

		assertThat(mda8.value()).isEqualTo(120.0);
		assertThat(mda8.basis()).isEqualTo(17);
		assertThat(mda8.valid()).isTrue();
	}

}
