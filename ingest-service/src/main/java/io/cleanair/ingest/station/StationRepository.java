package io.cleanair.ingest.station;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class StationRepository {

	private static final String COLUMNS = "id, name, district_id, kind, latitude, longitude, active, time_zone, hour_label";

	private final JdbcClient jdbc;

	StationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Station> findAll() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM station ORDER BY id").query(StationRepository::map).list();
	}

	/** One page of the stations that match, by id, and how many match in all. */
	StationPage find(StationFilter filter, int page, int size) {
		List<Object> params = new ArrayList<>();
		String where = filter.where(params);
		long total = jdbc.sql("SELECT count(*) FROM station" + where).params(params).query(Long.class).single();
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(size);
		pageParams.add((long) page * size);
		List<Station> items = jdbc.sql("SELECT " + COLUMNS + " FROM station" + where + " ORDER BY id LIMIT ? OFFSET ?")
			.params(pageParams)
			.query(StationRepository::map)
			.list();
		return new StationPage(items, page, size, total);
	}

	public Optional<Station> findById(String id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM station WHERE id = ?")
			.param(id)
			.query(StationRepository::map)
			.optional();
	}

	/** The stations among {@code ids}, by id; one query for a whole batch. */
	public Map<String, Station> findAllById(Collection<String> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("SELECT " + COLUMNS + " FROM station WHERE id = ANY (?)")
			.param(ids.toArray(String[]::new))
			.query(StationRepository::map)
			.list()
			.stream()
			.collect(Collectors.toMap(Station::id, Function.identity()));
	}

	/** Inserts or replaces; answers true when the station was new. */
	public boolean save(Station s) {
		return jdbc.sql("""
				INSERT INTO station (id, name, district_id, kind, latitude, longitude, active, time_zone, hour_label,
				  updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, now())
				ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, district_id = EXCLUDED.district_id,
				  kind = EXCLUDED.kind, latitude = EXCLUDED.latitude, longitude = EXCLUDED.longitude,
				  active = EXCLUDED.active, time_zone = EXCLUDED.time_zone, hour_label = EXCLUDED.hour_label,
				  updated_at = now()
				RETURNING (xmax = 0) AS inserted
				""")
			.params(s.id(), s.name(), s.districtId(), s.kind().name(), s.latitude(), s.longitude(), s.active(),
					s.timeZone().getId(), s.hourLabel().name())
			.query(Boolean.class)
			.single();
	}

	public boolean delete(String id) {
		return jdbc.sql("DELETE FROM station WHERE id = ?").param(id).update() > 0;
	}

	private static Station map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Station(rs.getString("id"), rs.getString("name"), rs.getString("district_id"),
				Station.StationKind.valueOf(rs.getString("kind")), rs.getObject("latitude", Double.class),
				rs.getObject("longitude", Double.class), rs.getBoolean("active"), ZoneId.of(rs.getString("time_zone")),
				Station.HourLabel.valueOf(rs.getString("hour_label")));
	}

}
