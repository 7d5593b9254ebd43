package io.cleanair.analytics.station;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.cleanair.core.event.StationChanged;
import io.cleanair.core.signal.StationSilentRule.StationActivity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Station → district, activity, name and coordinates, as learnt from
 * {@code aq.stations.v1} and from the readings themselves.
 */
@Repository
public class StationRepository {

	private final JdbcClient jdbc;

	StationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void changed(StationChanged s, Instant now) {
		jdbc.sql("""
				INSERT INTO station (station_id, district_id, active, deleted, known_since, name, latitude, longitude)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (station_id) DO UPDATE
				  SET district_id = EXCLUDED.district_id, active = EXCLUDED.active, deleted = EXCLUDED.deleted,
				      name = EXCLUDED.name, latitude = EXCLUDED.latitude, longitude = EXCLUDED.longitude
				""")
			.params(s.stationId(), s.districtId(), s.active() && !s.deleted(), s.deleted(), Timestamp.from(now),
					s.name(), s.latitude(), s.longitude())
			.update();
	}

	public void deleted(String stationId) {
		jdbc.sql("UPDATE station SET deleted = true, active = false WHERE station_id = ?").param(stationId).update();
	}

	public Map<String, String> districtsOf(Collection<String> stationIds) {
		Map<String, String> districts = new HashMap<>();
		jdbc.sql("SELECT station_id, district_id FROM station WHERE station_id = ANY(?::text[])")
			.param(stationIds.toArray(String[]::new))
			.query(rs -> {
				districts.put(rs.getString(1), rs.getString(2));
			});
		return districts;
	}

	/** Stations that are not deleted, with when they last sent a reading. */
	public List<StationActivity> activity() {
		return jdbc
			.sql("SELECT station_id, district_id, active, known_since, last_reading_at FROM station"
					+ " WHERE NOT deleted ORDER BY station_id")
			.query((rs, n) -> new StationActivity(rs.getString(1), rs.getString(2), rs.getBoolean(3),
					rs.getTimestamp(4).toInstant(), rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()))
			.list();
	}

	public List<StationActivity> activity(Collection<String> stationIds) {
		return activity().stream().filter(a -> stationIds.contains(a.stationId())).toList();
	}

}
