package io.cleanair.core.signal;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.cleanair.core.event.AlertSignal;
import io.cleanair.core.event.AlertSignal.Severity;
import io.cleanair.core.event.AlertSignal.SignalType;
import io.cleanair.core.pollutant.Pollutant;

/**
 * Builds signals and their deduplication keys: type, then the subject from district down,
 * ':'-separated.
 */
final class Signals {

	private Signals() {
	}

	static String key(SignalType type, Object... parts) {
		StringBuilder key = new StringBuilder(type.name());
		for (Object part : parts) {
			key.append(':').append(part);
		}
		return key.toString();
	}

	static AlertSignal signal(SignalType type, Severity severity, String districtId, String stationId,
			Pollutant pollutant, String key, String summary, Map<String, Double> figures, Instant now) {
		return new AlertSignal(UUID.randomUUID(), AlertSignal.SCHEMA_VERSION, type, severity, districtId, stationId,
				pollutant, key, summary, figures, now);
	}

}
