package io.cleanair.core.signal;

import java.time.Instant;

import io.cleanair.core.event.AlertSignal;
import io.cleanair.core.pollutant.Pollutant;

/** A condition that was signalled and has not been reported recovered. */
public record OpenCondition(String deduplicationKey, AlertSignal.SignalType type, String districtId, String stationId,
		Pollutant pollutant, Instant openedAt) {

	public static OpenCondition of(AlertSignal signal) {
		return new OpenCondition(signal.deduplicationKey(), signal.type(), signal.districtId(), signal.stationId(),
				signal.pollutant(), signal.occurredAt());
	}
}
