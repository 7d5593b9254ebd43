package io.cleanair.core.qc;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.cleanair.core.pollutant.Pollutant;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SuspiciousValuesTests {

	static final Instant NOON = Instant.parse("2026-11-28T04:00:00Z");

	static final SuspiciousValues QC = SuspiciousValues.DEFAULTS;

	@Test
	void aJumpFromFortyToFiveHundredIsASpike() {
		assertThat(QC.assess(Pollutant.PM2_5, NOON, 500, hoursBefore(40, 42, 38, 41))).containsExactly(QcFlag.SPIKE);
	}

	@Test
	void aRiseWithinAHazeEpisodeIsNot() {
		assertThat(QC.assess(Pollutant.PM2_5, NOON, 320, hoursBefore(180, 200, 220, 250))).isEmpty();
	}

	@Test
	void aLargeRatioOnATinyLevelIsNotASpike() {
		// 5 -> 60 is twelve-fold but a rise of 55 µg/m³, below PM2.5's spike rise
		assertThat(QC.assess(Pollutant.PM2_5, NOON, 60, hoursBefore(5, 5, 6, 4))).isEmpty();
	}

	@Test
	void tooLittleHistoryMeansNoSpikeCheck() {
		assertThat(QC.assess(Pollutant.PM2_5, NOON, 500, hoursBefore(40, 40))).isEmpty();
	}

	@Test
	void twelveIdenticalHoursAreStuck() {
		double[] eleven = new double[11];
		java.util.Arrays.fill(eleven, 37);
		assertThat(QC.assess(Pollutant.NO2, NOON, 37, hoursBefore(eleven))).containsExactly(QcFlag.STUCK);
	}

	@Test
	void elevenIdenticalHoursOrAGapAreNotStuck() {
		double[] ten = new double[10];
		java.util.Arrays.fill(ten, 37);
		assertThat(QC.assess(Pollutant.NO2, NOON, 37, hoursBefore(ten))).isEmpty();
		List<SuspiciousValues.Earlier> gap = new ArrayList<>(hoursBefore(37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37));
		gap.remove(4);
		assertThat(QC.assess(Pollutant.NO2, NOON, 37, gap)).isEmpty();
	}

	@Test
	void laterValuesDoNotCount() {
		List<SuspiciousValues.Earlier> later = List.of(new SuspiciousValues.Earlier(NOON.plusSeconds(3600), 40),
				new SuspiciousValues.Earlier(NOON.plusSeconds(7200), 40),
				new SuspiciousValues.Earlier(NOON.plusSeconds(10800), 40));
		assertThat(QC.assess(Pollutant.PM2_5, NOON, 500, later)).isEmpty();
	}

	@Test
	void plausibleRangesRejectUnitErrorsOnly() {
		assertThat(PlausibleRanges.isPlausible(Pollutant.PM10, 3_000)).isTrue();
		assertThat(PlausibleRanges.isPlausible(Pollutant.CO, 1_200)).isFalse(); // µg/m³
																				// sent as
																				// mg/m³
		assertThat(PlausibleRanges.isPlausible(Pollutant.O3, -1)).isFalse();
	}

	/** Values for the hours just before noon, the first one hour before. */
	static List<SuspiciousValues.Earlier> hoursBefore(double... values) {
		List<SuspiciousValues.Earlier> earlier = new ArrayList<>();
		for (int i = 0; i < values.length; i++) {
			earlier.add(new SuspiciousValues.Earlier(NOON.minus(Duration.ofHours(i + 1L)), values[i]));
		}
		return earlier;
	}

}
