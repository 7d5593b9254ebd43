package io.cleanair.analytics.reading;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import io.cleanair.core.event.ReadingReceived;
import io.cleanair.core.pollutant.Pollutant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ReadingRepository {

	/**
	 * Idempotent on the natural key: a redelivered reading changes nothing, a revision replaces an
	 * earlier or equal revision, and an older revision never overwrites a newer one.
	 */
	private static final String UPSERT = """
			INSERT INTO reading (station_id, district_id, pollutant, time, value, revision, received_at)
			VALUES (?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (station_id, pollutant, time) DO UPDATE
			  SET value = EXCLUDED.value, revision = EXCLUDED.revision, district_id = EXCLUDED.district_id,
			      received_at = EXCLUDED.received_at, stored_at = now()
			  WHERE reading.revision <= EXCLUDED.revision
			""";

	private final JdbcTemplate jdbcTemplate;

	private final JdbcClient jdbc;

	ReadingRepository(JdbcTemplate jdbcTemplate, JdbcClient jdbc) {
		this.jdbcTemplate = jdbcTemplate;
		this.jdbc = jdbc;
	}

	/** One batched statement for the whole list, not a round trip per reading. */
	public void upsert(List<ReadingReceived> readings) {
		jdbcTemplate.batchUpdate(UPSERT, readings, 1000, (ps, r) -> {
			ps.setString(1, r.stationId());
			ps.setString(2, r.districtId());
			ps.setString(3, r.pollutant().name());
			ps.setTimestamp(4, Timestamp.from(r.time()));
			ps.setDouble(5, r.value());
			ps.setInt(6, r.revision());
			ps.setTimestamp(7, Timestamp.from(r.receivedAt()));
		});
	}

	public List<StoredReading> find(String stationId, Instant from, Instant to, int limit) {
		return jdbc.sql("""
				SELECT station_id, pollutant, time, value, revision FROM reading
				WHERE station_id = ? AND time >= ? AND time < ? ORDER BY time, pollutant LIMIT ?
				""")
			.params(stationId, Timestamp.from(from), Timestamp.from(to), limit)
			.query((rs, n) -> new StoredReading(rs.getString(1), Pollutant.valueOf(rs.getString(2)),
					rs.getTimestamp(3).toInstant(), rs.getDouble(4), rs.getInt(5)))
			.list();
	}

	/** Sum and count of one station's values of a pollutant in [from, to). */
	public ValueSum sum(String stationId, Pollutant pollutant, Instant from, Instant to) {
		return jdbc.sql("""
				SELECT coalesce(sum(value), 0), count(*) FROM reading
				WHERE station_id = ? AND pollutant = ? AND time >= ? AND time < ?
				""")
			.params(stationId, pollutant.name(), Timestamp.from(from), Timestamp.from(to))
			.query((rs, n) -> new ValueSum(rs.getDouble(1), rs.getInt(2)))
			.single();
	}

	public record StoredReading(String stationId, Pollutant pollutant, Instant time, double value, int revision) {
	}

	public record ValueSum(double sum, int count) {
	}
}
