package io.cleanair.core.signal;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.cleanair.core.event.AlertSignal.Severity;
import io.cleanair.core.event.AlertSignal.SignalType;

/**
 * {@code STATION_SILENT}: an active station has sent nothing for the configured time
 * (default 2 hours, so operators hear of it well before 5 missing hours make the day's
 * means invalid). Silence counts from the last reading received, or from when the station
 * became known if it never sent any. Clears as soon as the station sends again or is
 * deactivated.
 */
public final class StationSilentRule {

	private final Duration silentAfter;

	public StationSilentRule(SignalThresholds thresholds) {
		this.silentAfter = thresholds.silentAfter();
	}

	public Evaluation evaluate(StationActivity station, Instant now) {
		String key = Signals.key(SignalType.STATION_SILENT, station.districtId(), station.stationId());
		Instant since = station.lastReadingAt() != null ? station.lastReadingAt() : station.knownSince();
		Duration silence = Duration.between(since, now);
		if (!station.active() || silence.compareTo(silentAfter) < 0) {
			return Evaluation.of(key, Optional.empty());
		}
		Map<String, Double> figures = new LinkedHashMap<>();
		figures.put("silentMinutes", (double) silence.toMinutes());
		figures.put("thresholdMinutes", (double) silentAfter.toMinutes());
		String summary = "Station %s (district %s) has sent nothing since %s".formatted(station.stationId(),
				station.districtId(), since);
		return Evaluation.of(key, Optional.of(Signals.signal(SignalType.STATION_SILENT, Severity.WARNING,
				station.districtId(), station.stationId(), null, key, summary, figures, now)));
	}

	/**
	 * @param lastReadingAt when a reading of the station last arrived, or null
	 */
	public record StationActivity(String stationId, String districtId, boolean active, Instant knownSince,
			Instant lastReadingAt) {
	}

}
