package io.cleanair.core.signal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import io.cleanair.core.event.AlertSignal.Severity;
import io.cleanair.core.event.AlertSignal.SignalType;

/**
 * {@code SUSTAINED_EXCEEDANCE}: at least N consecutive hours (default 3) with hourly IAQI
 * &gt; 100 after a good hour (IAQI ≤ 100). Judged at the latest hour of the series;
 * clears once that hour is ≤ 100. A run that fills the whole series stays holding (its
 * start is out of sight, not good).
 */
public final class SustainedExceedanceRule {

	static final int EXCEEDING_IAQI = 100;

	private final int hours;

	public SustainedExceedanceRule(SignalThresholds thresholds) {
		this.hours = thresholds.sustainedHours();
	}

	public Evaluation evaluate(HourlySeries series, Instant now) {
		String key = Signals.key(SignalType.SUSTAINED_EXCEEDANCE, series.districtId(), series.stationId(),
				series.pollutant());
		int last = series.size() - 1;
		OptionalInt latest = HourlyIaqi.at(series, last);
		if (latest.isEmpty()) {
			return Evaluation.none();
		}
		int run = 0;
		int maxIaqi = 0;
		int index = last;
		for (; index >= 0; index--) {
			OptionalInt iaqi = HourlyIaqi.at(series, index);
			if (iaqi.isEmpty() || iaqi.getAsInt() <= EXCEEDING_IAQI) {
				break;
			}
			run++;
			maxIaqi = Math.max(maxIaqi, iaqi.getAsInt());
		}
		boolean afterGoodHour = index >= 0 && HourlyIaqi.at(series, index).isPresent();
		boolean holds = run >= hours && (afterGoodHour || index < 0);
		if (!holds) {
			return Evaluation.of(key, Optional.empty());
		}
		Map<String, Double> figures = new LinkedHashMap<>();
		figures.put("consecutiveHours", (double) run);
		figures.put("maxHourlyIaqi", (double) maxIaqi);
		figures.put("latestHourlyIaqi", (double) latest.getAsInt());
		String summary = "%s hourly IAQI above 100 for %d consecutive hours at station %s (district %s), up to %s"
			.formatted(series.pollutant(), run, series.stationId(), series.districtId(), series.lastHour());
		return Evaluation.of(key,
				Optional.of(Signals.signal(SignalType.SUSTAINED_EXCEEDANCE,
						maxIaqi > 200 ? Severity.CRITICAL : Severity.WARNING, series.districtId(), series.stationId(),
						series.pollutant(), key, summary, figures, now)));
	}

}
