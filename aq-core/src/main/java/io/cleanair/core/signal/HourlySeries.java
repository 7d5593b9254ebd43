package io.cleanair.core.signal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;

import io.cleanair.core.pollutant.Pollutant;

/**
 * One station's consecutive hourly values of one pollutant, oldest first, ending with the
 * latest hour (canonical units; NaN = missing hour).
 *
 * @param lastHour start of the latest hour
 * @param day the calendar day (in the bureau's zone) of the latest hour, which picks the
 * rule set
 */
public record HourlySeries(String stationId, String districtId, Pollutant pollutant, Instant lastHour, LocalDate day,
		double[] values) {

	public HourlySeries {
		values = values.clone();
	}

	public int size() {
		return values.length;
	}

	public double value(int index) {
		return values[index];
	}

	/**
	 * Mean of the {@code hours} values ending at {@code endIndex} (inclusive) if at least
	 * {@code minimum} are present.
	 */
	public double mean(int endIndex, int hours, int minimum) {
		if (endIndex - hours + 1 < 0) {
			return Double.NaN;
		}
		double[] window = Arrays.copyOfRange(values, endIndex - hours + 1, endIndex + 1);
		double sum = 0;
		int count = 0;
		for (double v : window) {
			if (!Double.isNaN(v)) {
				sum += v;
				count++;
			}
		}
		return count >= minimum ? sum / count : Double.NaN;
	}
}
