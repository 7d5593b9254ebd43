package io.cleanair.core.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A stored daily result that was computed for the first time or changed (new, late or
 * corrected readings), published by analytics on {@code aq.daily-results.v1} (key =
 * scope:id).
 *
 * @param scope STATION, DISTRICT or CITY
 * @param aqi the valid daily AQI, or null when the day has none
 * @param category the category name of {@code aqi} (e.g. "LIGHTLY_POLLUTED"), or null
 * @param concentrations valid daily statistics by indicator (e.g. PM2_5_24H, O3_8H),
 * canonical units
 */
public record DailyResultChanged(UUID eventId, int schemaVersion, String scope, String scopeId, String districtId,
		LocalDate day, Integer aqi, String category, List<String> primaryPollutants, boolean valid, String ruleSet,
		Map<String, Double> concentrations, Instant computedAt) {

	public static final int SCHEMA_VERSION = 1;

}
