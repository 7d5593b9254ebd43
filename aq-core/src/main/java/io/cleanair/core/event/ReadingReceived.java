package io.cleanair.core.event;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.cleanair.core.pollutant.ConcentrationUnit;
import io.cleanair.core.pollutant.Pollutant;

/**
 * A reading accepted by ingest, in canonical units, as published on
 * {@code aq.readings.v2} in {@link CompactReadingCodec}'s encoding (and, by ingests older
 * than that, on {@code aq.readings.v1} in JSON).
 *
 * @param time the start of the hour (or sub-hour period) the value covers
 * @param districtId the station's district when the reading was accepted
 * @param revision 0 for real-time data; higher for corrections replacing an earlier value
 * @param qcFlags suspicious-but-possible marks ({@code SPIKE}, {@code STUCK} of
 * {@code io.cleanair.core.qc.QcFlag}) and the sender's own flag as {@code sender:<flag>};
 * empty when none (also for events published before the field existed)
 */
public record ReadingReceived(UUID eventId, int schemaVersion, String stationId, String districtId, Instant time,
		Pollutant pollutant, double value, ConcentrationUnit unit, int revision, Instant receivedAt,
		List<String> qcFlags) {

	public static final int SCHEMA_VERSION = 1;

	public ReadingReceived {
		qcFlags = qcFlags == null ? List.of() : List.copyOf(qcFlags);
	}

	/** The record as it was before {@code qcFlags}: no flags. */
	public ReadingReceived(UUID eventId, int schemaVersion, String stationId, String districtId, Instant time,
			Pollutant pollutant, double value, ConcentrationUnit unit, int revision, Instant receivedAt) {
		this(eventId, schemaVersion, stationId, districtId, time, pollutant, value, unit, revision, receivedAt,
				List.of());
	}

	public static ReadingReceived of(String stationId, String districtId, Instant time, Pollutant pollutant,
			double value, Instant receivedAt) {
		return new ReadingReceived(UUID.randomUUID(), SCHEMA_VERSION, stationId, districtId, time, pollutant, value,
				pollutant.canonicalUnit(), 0, receivedAt);
	}

	/** The same reading as revision {@code revision} with {@code flags}. */
	public ReadingReceived withRevisionAndFlags(int revision, List<String> flags) {
		return new ReadingReceived(eventId, schemaVersion, stationId, districtId, time, pollutant, value, unit,
				revision, receivedAt, flags);
	}
}
