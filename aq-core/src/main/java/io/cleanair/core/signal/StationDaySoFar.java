package io.cleanair.core.signal;

import java.time.LocalDate;
import java.util.Map;

import io.cleanair.core.pollutant.Pollutant;

/**
 * What is known of one station's calendar day while it is still being measured: for each
 * pollutant reported as a 24-hour mean, the sum and number of its hourly values so far
 * (canonical units).
 */
public record StationDaySoFar(String stationId, String districtId, LocalDate date, Map<Pollutant, HourlySum> sums) {

	public record HourlySum(double sum, int hours) {
	}
}
