package io.cleanair.analytics.daily;

import java.util.Map;

import io.cleanair.core.assessment.StationDayHours;

/**
 * What a batch of readings changed: the station-days whose hourly values changed, each
 * with all its hourly values, and the district of every station that sent readings.
 */
public record TouchedDays(Map<StationDayKey, StationDayHours> dayHours, Map<String, String> districtOf) {

	public static final TouchedDays NONE = new TouchedDays(Map.of(), Map.of());

	public boolean isEmpty() {
		return dayHours.isEmpty();
	}

	/**
	 * These days and {@code later}'s, which were read after them: where both hold a day,
	 * the later one's hours.
	 */
	public TouchedDays then(TouchedDays later) {
		if (isEmpty() && districtOf.isEmpty()) {
			return later;
		}
		Map<StationDayKey, StationDayHours> days = new java.util.LinkedHashMap<>(dayHours);
		days.putAll(later.dayHours());
		Map<String, String> districts = new java.util.HashMap<>(districtOf);
		districts.putAll(later.districtOf());
		return new TouchedDays(days, districts);
	}
}
