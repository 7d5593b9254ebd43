package io.cleanair.analytics.reading;

import java.io.StringReader;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import io.cleanair.core.event.ReadingReceived;
import io.cleanair.core.pollutant.Pollutant;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ReadingRepository {

	private static final String STAGING = """
			CREATE TEMP TABLE IF NOT EXISTS reading_staging (
			    station_id text, district_id text, pollutant text, time timestamptz, value double precision,
			    revision integer, received_at timestamptz) ON COMMIT DELETE ROWS
			""";

	/**
	 * Idempotent on the natural key: a redelivered reading changes nothing (and is not returned), a revision
	 * replaces an earlier or equal revision, and an older revision never overwrites a newer one. Within one
	 * batch the highest revision of a key wins. Returns the readings that were inserted or changed.
	 */
	private static final String MERGE = """
			INSERT INTO reading (station_id, district_id, pollutant, time, value, revision, received_at)
			SELECT DISTINCT ON (station_id, pollutant, time)
			       station_id, district_id, pollutant, time, value, revision, received_at
			FROM reading_staging ORDER BY station_id, pollutant, time, revision DESC, received_at DESC
			ON CONFLICT (station_id, pollutant, time) DO UPDATE
			  SET value = EXCLUDED.value, revision = EXCLUDED.revision, district_id = EXCLUDED.district_id,
			      received_at = EXCLUDED.received_at, stored_at = now()
			  WHERE reading.revision <= EXCLUDED.revision
			    AND (reading.value, reading.revision) IS DISTINCT FROM (EXCLUDED.value, EXCLUDED.revision)
			RETURNING station_id, district_id, pollutant, time
			""";

	/** When a station last sent anything (for STATION_SILENT); a station not yet known takes the reading's district. */
	private static final String ARRIVALS = """
			INSERT INTO station (station_id, district_id, last_reading_at)
			SELECT station_id, max(district_id), max(received_at) FROM reading_staging GROUP BY station_id
			ON CONFLICT (station_id) DO UPDATE
			  SET last_reading_at = greatest(station.last_reading_at, EXCLUDED.last_reading_at)
			""";

	private final JdbcTemplate jdbcTemplate;

	private final JdbcClient jdbc;

	ReadingRepository(JdbcTemplate jdbcTemplate, JdbcClient jdbc) {
		this.jdbcTemplate = jdbcTemplate;
		this.jdbc = jdbc;
	}

	/** {@code COPY} into a staging table, then one merge: two round trips per batch, not one per reading. */
	public List<ChangedReading> upsert(List<ReadingReceived> readings) {
		if (readings.isEmpty()) {
			return List.of();
		}
		jdbc.sql(STAGING).update();
		String csv = toCsv(readings);
		jdbcTemplate.execute((ConnectionCallback<Long>) connection -> {
			try {
				return connection.unwrap(PGConnection.class)
					.getCopyAPI()
					.copyIn("COPY reading_staging FROM STDIN (FORMAT csv)", new StringReader(csv));
			}
			catch (java.io.IOException e) {
				throw new java.sql.SQLException("COPY into reading_staging failed", e);
			}
		});
		List<ChangedReading> changed = jdbc.sql(MERGE)
			.query((rs, n) -> new ChangedReading(rs.getString(1), rs.getString(2), Pollutant.valueOf(rs.getString(3)),
					rs.getTimestamp(4).toInstant()))
			.list();
		jdbc.sql(ARRIVALS).update();
		jdbc.sql("TRUNCATE reading_staging").update();
		return changed;
	}

	private static String toCsv(List<ReadingReceived> readings) {
		StringBuilder csv = new StringBuilder(readings.size() * 96);
		for (ReadingReceived r : readings) {
			csv.append(quoted(r.stationId())).append(',').append(quoted(r.districtId())).append(',')
				.append(r.pollutant().name()).append(',').append(r.time()).append(',')
				.append(r.value()).append(',').append(r.revision()).append(',')
				.append(r.receivedAt()).append('\n');
		}
		return csv.toString();
	}

	/** CSV field quoting (RFC 4180): ids come from stations and may hold commas or quotes. */
	private static String quoted(String text) {
		return '"' + text.replace("\"", "\"\"") + '"';
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

	public record StoredReading(String stationId, Pollutant pollutant, Instant time, double value, int revision) {
	}

	/** A reading that the batch inserted or changed. */
	public record ChangedReading(String stationId, String districtId, Pollutant pollutant, Instant time) {
	}
}
