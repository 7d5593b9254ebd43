package io.cleanair.core.event;

import java.time.Instant;
import java.util.UUID;

import io.cleanair.core.pollutant.ConcentrationUnit;
import io.cleanair.core.pollutant.Pollutant;

/**
 * A reading accepted by ingest, in canonical units, as published on {@code aq.readings.v1}.
 *
 * @param time the start of the hour (or sub-hour period) the value covers
 * @param districtId the station's district when the reading was accepted
 * @param revision 0 for real-time data; higher for corrections replacing an earlier value
 */
public record ReadingReceived(UUID eventId, int schemaVersion, String stationId, String districtId, Instant time,
		Pollutant pollutant, double value, ConcentrationUnit unit, int revision, Instant receivedAt) {

	public static final int SCHEMA_VERSION = 1;

	public static ReadingReceived of(String stationId, String districtId, Instant time, Pollutant pollutant,
			double value, Instant receivedAt) {
		return new ReadingReceived(UUID.randomUUID(), SCHEMA_VERSION, stationId, districtId, time, pollutant, value,
				pollutant.canonicalUnit(), 0, receivedAt);
	}
}
