package io.cleanair.core.validity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EightHourMeanValidityTests {

	@Test
	void windowLabelledEightIsTheMeanOfHoursOneToEight() {
		double[] hours = HourlyDays.constant(0);
		for (int label = 1; label <= 8; label++) {
			hours[label - 1] = label * 10;
		}

		double[] means = HourlyDayStatistics.eightHourMeans(hours);

		assertThat(means).hasSize(17);
		assertThat(means[0]).isEqualTo(45.0);
		assertThat(means[16]).isEqualTo(0.0);
	}

	@Test
	void fiveHoursInAnEightHourWindowIsNotAValidMean() {
		double[] hours = HourlyDays.missingLabelRange(HourlyDays.constant(100), 1, 3);

		double[] means = HourlyDayStatistics.eightHourMeans(hours);

		assertThat(means[0]).as("window 08 = hours 1..8 with 5 present").isNaN();
	}

	@Test
	void sixHoursInAnEightHourWindowIsAValidMean() {
		double[] hours = HourlyDays.missingLabelRange(HourlyDays.constant(100), 1, 2);

		double[] means = HourlyDayStatistics.eightHourMeans(hours);

		assertThat(means[0]).as("window 08 = hours 1..8 with 6 present").isEqualTo(100.0);
	}

	@Test
	void lastWindowIsLabelledTwentyFourAndEndsAtMidnight() {
		double[] hours = HourlyDays.constant(10);
		hours[23] = 90;

		double[] means = HourlyDayStatistics.eightHourMeans(hours);

		assertThat(means[16]).isEqualTo(20.0);
		assertThat(means[15]).isEqualTo(10.0);
	}

}
