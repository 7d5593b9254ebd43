package io.cleanair.core.validity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DailyMeanValidityTests {

	@Test
	void nineteenHoursIsNotAValidDailyMean() {
		double[] hours = HourlyDays.missingLabelRange(HourlyDays.constant(50), 1, 5);

		DailyStatistic mean = HourlyDayStatistics.dailyMean(hours);

		assertThat(mean.basis()).isEqualTo(19);
		assertThat(mean.valid()).isFalse();
		assertThat(mean.validValue()).isEmpty();
	}

	@Test
	void twentyHoursIsAValidDailyMean() {
		double[] hours = HourlyDays.missingLabelRange(HourlyDays.constant(50), 1, 4);

		DailyStatistic mean = HourlyDayStatistics.dailyMean(hours);

		assertThat(mean.basis()).isEqualTo(20);
		assertThat(mean.valid()).isTrue();
		assertThat(mean.validValue()).hasValue(50.0);
	}

	@Test
	void missingHoursAtBothDayEndsAreCountedLikeAnyOther() {
		double[] hours = HourlyDays.withMissingLabels(HourlyDays.constant(10), 1, 2, 23, 24);
		hours[11] = 30;

		DailyStatistic mean = HourlyDayStatistics.dailyMean(hours);

		assertThat(mean.basis()).isEqualTo(20);
		assertThat(mean.value()).isEqualTo(11.0);
		assertThat(mean.valid()).isTrue();
	}

	@Test
	void meanIsOverPresentHoursOnly() {
		double[] hours = HourlyDays.constant(Double.NaN);
		for (int i = 0; i < 20; i++) {
			hours[i] = i < 10 ? 0 : 40;
		}

		assertThat(HourlyDayStatistics.dailyMean(hours).value()).isEqualTo(20.0);
	}

	@Test
	void aDayWithoutDataHasNoMean() {
		DailyStatistic mean = HourlyDayStatistics.dailyMean(HourlyDays.constant(Double.NaN));

		assertThat(mean.valid()).isFalse();
		assertThat(mean.value()).isNaN();
	}

}
