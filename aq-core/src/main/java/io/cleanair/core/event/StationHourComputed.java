package io.cleanair.core.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A station's real-time (hourly) AQI report, computed for the first time or changed by
 * new, late or corrected readings, published by analytics on {@code aq.station-hours.v1}
 * (key = station id).
 *
 * @param hourStart start of the hour the report covers (the hour labelled
 * {@code hourLabel} on {@code day} covers [hourStart, hourStart + 1 h))
 * @param hourLabel 1…24 in the bureau's zone (docs/standards.md §0)
 * @param aqi the hourly AQI, or null when the rule set says NA
 * @param category the category name of {@code aqi} (e.g. "GOOD"), or null
 * @param iaqi sub-index per indicator that counts (e.g. PM2_5_1H, O3_8H)
 * @param concentrations the hour's 1-hour values by pollutant (PM2_5, O3, …), canonical
 * units
 * @param ruleSet the HJ 633 edition in force that hour ("hj633-2012" or "hj633-2026")
 * @param complete whether every indicator the rule set uses was present
 */
public record StationHourComputed(UUID eventId, int schemaVersion, String stationId, String districtId,
		Instant hourStart, LocalDate day, int hourLabel, Integer aqi, String category, List<String> primaryPollutants,
		Map<String, Integer> iaqi, Map<String, Double> concentrations, String ruleSet, boolean complete,
		Instant computedAt) {

	public static final int SCHEMA_VERSION = 1;

	public StationHourComputed {
		primaryPollutants = primaryPollutants == null ? List.of() : List.copyOf(primaryPollutants);
		iaqi = iaqi == null ? Map.of() : Map.copyOf(iaqi);
		concentrations = concentrations == null ? Map.of() : Map.copyOf(concentrations);
	}
}
