package io.cleanair.core.validity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** GB 3095 Table 4: a 1-hour value needs at least 45 minutes of sampling. */
class HourCoverageTests {

	private static int[] everyMinutes(int interval, int count) {
		return IntStream.range(0, count).map(i -> i * interval * 60).toArray();
	}

	@Test
	void oneReadingOnTheHourIsAnHourlyValue() {
		assertThat(HourCoverage.minutesSampled(0)).isEqualTo(60);
		assertThat(DataValidity.isValidHourlyValue(HourCoverage.minutesSampled(0))).isTrue();
	}

	@Test
	void twelveFiveMinuteReadingsCoverTheHour() {
		assertThat(HourCoverage.minutesSampled(everyMinutes(5, 12))).isEqualTo(60);
	}

	@Test
	void nineFiveMinuteReadingsAreExactly45MinutesAndValid() {
		assertThat(HourCoverage.minutesSampled(everyMinutes(5, 9))).isEqualTo(45);
		assertThat(DataValidity.isValidHourlyValue(45)).isTrue();
		assertThat(DataValidity.isValidHourlyValue(44)).isFalse();
	}

	@Test
	void fourTenMinuteReadingsCover40MinutesAndAreNotAnHourlyValue() {
		assertThat(HourCoverage.minutesSampled(everyMinutes(10, 4))).isEqualTo(40);
	}

	@Test
	void aGapCountsOnlyTheSensorsIntervalNotTheTimeUntilTheNextReading() {
		// 5-minute readings at :00, :05, then nothing until :50, :55
		assertThat(HourCoverage.minutesSampled(0, 300, 3000, 3300)).isEqualTo(20);
	}

	@Test
	void aLoneReadingInsideTheHourCoversTheRestOfIt() {
		assertThat(HourCoverage.minutesSampled(20 * 60)).isEqualTo(40);
	}

	@Test
	void orderAndRepeatsDoNotMatter() {
		assertThat(HourCoverage.minutesSampled(600, 0, 600, 1200)).isEqualTo(HourCoverage.minutesSampled(0, 600, 1200));
		assertThat(HourCoverage.minutesSampled()).isZero();
	}

	@Test
	void aStartOutsideTheHourIsRefused() {
		assertThatThrownBy(() -> HourCoverage.minutesSampled(3600)).isInstanceOf(IllegalArgumentException.class);
	}

}
