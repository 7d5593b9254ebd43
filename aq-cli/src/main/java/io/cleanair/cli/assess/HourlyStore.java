package io.cleanair.cli.assess;

import io.cleanair.core.assessment.StationDayHours;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** Hourly values read so far, per station and local calendar day. */
final class HourlyStore {

	private final Map<String, Map<LocalDate, StationDayHours>> stations = new HashMap<>();

	StationDayHours day(String station, LocalDate day) {
		return stations.computeIfAbsent(station, s -> new HashMap<>()).computeIfAbsent(day, d -> new StationDayHours());
	}

	/**
	 * Adds another store's values; where both have a value for an hour, the other's wins.
	 */
	void mergeFrom(HourlyStore other) {
		other.stations.forEach((station, days) -> {
			Map<LocalDate, StationDayHours> mine = stations.computeIfAbsent(station, s -> new HashMap<>());
			days.forEach((day, hours) -> {
				StationDayHours existing = mine.putIfAbsent(day, hours);
				if (existing != null) {
					existing.mergeFrom(hours);
				}
			});
		});
	}

	/** Stations in name order, each with its days in date order. */
	Map<String, Map<LocalDate, StationDayHours>> byStation() {
		Map<String, Map<LocalDate, StationDayHours>> sorted = new TreeMap<>();
		stations.forEach((station, days) -> sorted.put(station, new TreeMap<>(days)));
		return sorted;
	}

}
