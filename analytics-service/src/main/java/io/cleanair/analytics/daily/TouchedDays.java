package io.cleanair.analytics.daily;

import java.util.Map;

import io.cleanair.core.assessment.StationDayHours;

/**
 * What a batch of readings changed: the station-days whose hourly values changed, each with all its
 * hourly values, and the district of every station that sent readings.
 */
public record TouchedDays(Map<StationDayKey, StationDayHours> dayHours, Map<String, String> districtOf) {

	public static final TouchedDays NONE = new TouchedDays(Map.of(), Map.of());

	public boolean isEmpty() {
		return dayHours.isEmpty();
	}
}
