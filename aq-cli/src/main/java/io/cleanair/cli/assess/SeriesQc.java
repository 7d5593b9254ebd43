package io.cleanair.cli.assess;

import io.cleanair.core.assessment.StationDayHours;
import io.cleanair.core.pollutant.Pollutant;
import io.cleanair.core.qc.QcFlag;
import io.cleanair.core.qc.SeriesChecks;
import io.cleanair.core.qc.SuspiciousValues;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/**
 * Flags spikes and stuck values in the files' hourly series with the same checks ingest
 * applies to incoming readings ({@link SuspiciousValues}), so that the offline assessment
 * treats flagged values as the platform does.
 */
final class SeriesQc {

	private SeriesQc() {
	}

	static void flag(HourlyStore store, ZoneId zone, SuspiciousValues rules) {
		store.byStation().values().parallelStream().forEach(days -> flagStation(days, zone, rules));
	}

	private static void flagStation(Map<LocalDate, StationDayHours> days, ZoneId zone, SuspiciousValues rules) {
		for (Pollutant pollutant : Pollutant.values()) {
			SeriesChecks checks = new SeriesChecks(rules, pollutant);
			days.forEach((day, hours) -> {
				double[] values = hours.hours(pollutant);
				for (int label = 1; label <= values.length; label++) {
					if (!Double.isNaN(values[label - 1])) {
						Instant start = day.atTime(label - 1, 0).atZone(zone).toInstant();
						hours.flag(pollutant, label, QcFlag.maskOf(checks.next(start, values[label - 1])));
					}
				}
			});
		}
	}

}
