package io.cleanair.analytics.hour;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cleanair.core.event.StationHourComputed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each station's latest real-time AQI report in {@code reporting.station_hour_latest},
 * written in the batch that computed it; an older hour (a correction of the past) never
 * replaces a later one.
 */
@Repository
class LatestHours {

	private final JdbcClient jdbc;

	LatestHours(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void store(Collection<StationHourComputed> hours) {
		Map<String, StationHourComputed> latest = new LinkedHashMap<>();
		for (StationHourComputed h : hours) {
			latest.merge(h.stationId(), h, (a, b) -> b.hourStart().isAfter(a.hourStart()) ? b : a);
		}
		for (StationHourComputed h : latest.values()) {
			jdbc.sql("""
					INSERT INTO reporting.station_hour_latest
					  (station_id, hour, aqi, category, primary_pollutants, rule_set, complete, computed_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?)
					ON CONFLICT (station_id) DO UPDATE SET hour = EXCLUDED.hour, aqi = EXCLUDED.aqi,
					  category = EXCLUDED.category, primary_pollutants = EXCLUDED.primary_pollutants,
					  rule_set = EXCLUDED.rule_set, complete = EXCLUDED.complete, computed_at = EXCLUDED.computed_at
					WHERE reporting.station_hour_latest.hour <= EXCLUDED.hour
					""")
				.params(h.stationId(), Timestamp.from(h.hourStart()), h.aqi(), h.category(),
						String.join(",", primaryOf(h)), h.ruleSet(), h.complete(), Timestamp.from(h.computedAt()))
				.update();
		}
	}

	private static List<String> primaryOf(StationHourComputed h) {
		return h.primaryPollutants() == null ? List.of() : h.primaryPollutants();
	}

}
