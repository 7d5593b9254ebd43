package io.cleanair.analytics.daily;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import io.cleanair.core.pollutant.Pollutant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Hourly values: the mean of a station's readings whose period starts within the hour. */
@Repository
public class HourlyRepository {

	private static final String RECOMPUTE = """
			INSERT INTO hourly_value (station_id, pollutant, hour, value, samples)
			SELECT r.station_id, r.pollutant, t.hour, avg(r.value), count(*)
			FROM unnest(?::text[], ?::text[], ?::timestamptz[]) AS t(station_id, pollutant, hour)
			JOIN reading r ON r.station_id = t.station_id AND r.pollutant = t.pollutant
			              AND r.time >= t.hour AND r.time < t.hour + interval '1 hour'
			GROUP BY r.station_id, r.pollutant, t.hour
			ON CONFLICT (station_id, pollutant, hour) DO UPDATE SET value = EXCLUDED.value, samples = EXCLUDED.samples
			""";

	private final JdbcClient jdbc;

	HourlyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Recomputes the given station-pollutant-hours from the stored readings, in one statement. */
	public void recompute(Collection<HourKey> hours) {
		if (hours.isEmpty()) {
			return;
		}
		jdbc.sql(RECOMPUTE)
			.params(hours.stream().map(HourKey::stationId).toArray(String[]::new),
					hours.stream().map(h -> h.pollutant().name()).toArray(String[]::new),
					hours.stream().map(h -> h.hour().toString()).toArray(String[]::new))
			.update();
	}

	/** The hourly values of the given stations in their [from, to) ranges (parallel lists). */
	public List<HourlyValue> find(List<String> stations, List<Instant> from, List<Instant> to) {
		return jdbc.sql("""
				SELECT h.station_id, h.pollutant, h.hour, h.value
				FROM unnest(?::text[], ?::timestamptz[], ?::timestamptz[]) AS t(station_id, from_hour, to_hour)
				JOIN hourly_value h ON h.station_id = t.station_id AND h.hour >= t.from_hour AND h.hour < t.to_hour
				""")
			.params(stations.toArray(String[]::new), from.stream().map(Instant::toString).toArray(String[]::new),
					to.stream().map(Instant::toString).toArray(String[]::new))
			.query((rs, n) -> new HourlyValue(rs.getString(1), Pollutant.valueOf(rs.getString(2)),
					rs.getTimestamp(3).toInstant(), rs.getDouble(4)))
			.list();
	}

	public List<HourlyValue> find(String station, Instant from, Instant to) {
		return jdbc.sql("SELECT station_id, pollutant, hour, value FROM hourly_value"
				+ " WHERE station_id = ? AND hour >= ? AND hour < ? ORDER BY hour")
			.params(station, Timestamp.from(from), Timestamp.from(to))
			.query((rs, n) -> new HourlyValue(rs.getString(1), Pollutant.valueOf(rs.getString(2)),
					rs.getTimestamp(3).toInstant(), rs.getDouble(4)))
			.list();
	}

	public record HourKey(String stationId, Pollutant pollutant, Instant hour) {
	}

	public record HourlyValue(String stationId, Pollutant pollutant, Instant hour, double value) {
	}
}
