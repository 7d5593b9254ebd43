package io.cleanair.core.event;

import java.time.Instant;
import java.util.UUID;

/**
 * A station's current metadata, as published on the compacted topic
 * {@code aq.stations.v1} (key = station id). {@code deleted} marks a station that was
 * removed.
 *
 * @param timeZone IANA zone id of the times the station sends without an offset (null in
 * events from before the field existed)
 * @param hourLabel {@code START} or {@code END}: which end of its hour the station's time
 * labels name; readings on the readings topics are always converted to START
 */
public record StationChanged(UUID eventId, int schemaVersion, String stationId, String name, String districtId,
		String kind, Double latitude, Double longitude, boolean active, boolean deleted, Instant changedAt,
		String timeZone, String hourLabel) {

	public static final int SCHEMA_VERSION = 1;

	/** The record as it was before {@code timeZone} and {@code hourLabel}. */
	public StationChanged(UUID eventId, int schemaVersion, String stationId, String name, String districtId,
			String kind, Double latitude, Double longitude, boolean active, boolean deleted, Instant changedAt) {
		this(eventId, schemaVersion, stationId, name, districtId, kind, latitude, longitude, active, deleted, changedAt,
				null, null);
	}
}
