package io.cleanair.portal.station;

import java.sql.Timestamp;
import java.util.List;

import io.cleanair.core.event.StationChanged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The public metadata of stations, from {@code aq.stations.v1}. */
@Repository
public class StationRepository {

	private final JdbcClient jdbc;

	StationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Upsert; an event older than the stored one changes nothing. */
	void changed(StationChanged s) {
		jdbc.sql("""
				INSERT INTO station (station_id, name, district_id, latitude, longitude, active, changed_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (station_id) DO UPDATE SET name = EXCLUDED.name, district_id = EXCLUDED.district_id,
				  latitude = EXCLUDED.latitude, longitude = EXCLUDED.longitude, active = EXCLUDED.active,
				  changed_at = EXCLUDED.changed_at
				WHERE station.changed_at <= EXCLUDED.changed_at
				""")
			.params(s.stationId(), s.name(), s.districtId(), s.latitude(), s.longitude(), s.active(),
					Timestamp.from(s.changedAt()))
			.update();
	}

	void deleted(String stationId) {
		jdbc.sql("DELETE FROM station WHERE station_id = ?").param(stationId).update();
	}

	public List<Station> findAll() {
		return jdbc.sql(
				"SELECT station_id, name, district_id, latitude, longitude FROM station WHERE active ORDER BY station_id")
			.query((rs, n) -> new Station(rs.getString(1), rs.getString(2), rs.getString(3), (Double) rs.getObject(4),
					(Double) rs.getObject(5)))
			.list();
	}

	public record Station(String id, String name, String districtId, Double latitude, Double longitude) {
	}

}
