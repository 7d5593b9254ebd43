package io.cleanair.core.event;

import java.time.Instant;
import java.util.UUID;

/**
 * A station's current metadata, as published on the compacted topic {@code aq.stations.v1} (key =
 * station id). {@code deleted} marks a station that was removed.
 */
public record StationChanged(UUID eventId, int schemaVersion, String stationId, String name, String districtId,
		String kind, Double latitude, Double longitude, boolean active, boolean deleted, Instant changedAt) {

	public static final int SCHEMA_VERSION = 1;
}
