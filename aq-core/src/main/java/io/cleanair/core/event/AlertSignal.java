package io.cleanair.core.event;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.cleanair.core.pollutant.Pollutant;

/**
 * Something happened that officials must hear about; published by analytics on
 * {@code aq.alert-signals.v1} (key = district). Analytics decides what happened;
 * alert-service decides who hears it.
 *
 * @param deduplicationKey stable for one ongoing condition, so repeats join one incident
 * @param figures the numbers behind the signal, named (e.g. {@code pm25LowerBound})
 */
public record AlertSignal(UUID eventId, int schemaVersion, SignalType type, Severity severity, String districtId,
		String stationId, Pollutant pollutant, String deduplicationKey, String summary, Map<String, Double> figures,
		Instant occurredAt) {

	public static final int SCHEMA_VERSION = 1;

	public enum SignalType {

		SHORT_TERM_REBOUND, SUSTAINED_EXCEEDANCE, HEAVY_POLLUTION, YOY_REBOUND, TARGET_AT_RISK, RANKING_BOTTOM,
		RECOVERED, STATION_SILENT

	}

	public enum Severity {

		INFO, WARNING, CRITICAL

	}
}
