package io.cleanair.core.validity;

import java.util.Arrays;

/**
 * How many minutes of an hour a station's readings cover, for the 45-minute rule of GB
 * 3095 Table 4 ({@link DataValidity#isValidHourlyValue}). A reading's time is the start
 * of the period it covers; readings do not say how long they sampled, so the period is
 * taken from the series' own cadence:
 * <ul>
 * <li>one reading that starts on the hour is an hourly value and covers the whole
 * hour;</li>
 * <li>otherwise each reading covers until the next one starts, at most the hour's
 * shortest gap between two readings (the sensor's interval), and never past the end of
 * the hour; a lone reading that starts inside the hour covers the rest of it.</li>
 * </ul>
 * Example: five-minute readings at :00 … :55 cover 60 minutes; at :00 … :35 they cover 40
 * (invalid). analytics' hourly values apply the same rule in SQL
 * ({@code ReadingRepository}); see docs/assessment.md.
 */
public final class HourCoverage {

	public static final int SECONDS_PER_HOUR = 3600;

	private HourCoverage() {
	}

	/**
	 * @param startSeconds the readings' start times as seconds after the start of the
	 * hour (0 … 3599), any order
	 * @return whole minutes covered (rounded down)
	 */
	public static int minutesSampled(int... startSeconds) {
		if (startSeconds.length == 0) {
			return 0;
		}
		int[] starts = Arrays.stream(startSeconds).distinct().sorted().toArray();
		if (starts[0] < 0 || starts[starts.length - 1] >= SECONDS_PER_HOUR) {
			throw new IllegalArgumentException("a start must lie inside the hour: " + Arrays.toString(startSeconds));
		}
		int cadence = SECONDS_PER_HOUR;
		for (int i = 1; i < starts.length; i++) {
			cadence = Math.min(cadence, starts[i] - starts[i - 1]);
		}
		int covered = 0;
		for (int i = 0; i < starts.length; i++) {
			int next = i + 1 < starts.length ? starts[i + 1] : SECONDS_PER_HOUR;
			covered += Math.min(next - starts[i], cadence);
		}
		return covered / 60;
	}

}
