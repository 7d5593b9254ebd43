package io.cleanair.analytics.signal;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.cleanair.core.event.AlertSignal;
import io.cleanair.core.event.AlertSignal.SignalType;
import io.cleanair.core.pollutant.Pollutant;
import io.cleanair.core.signal.OpenCondition;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The conditions signalled and not yet reported recovered, by deduplication key. */
@Repository
class OpenSignalRepository {

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	OpenSignalRepository(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
	}

	Map<String, OpenCondition> find(Collection<String> keys) {
		Map<String, OpenCondition> open = new HashMap<>();
		if (keys.isEmpty()) {
			return open;
		}
		jdbc.sql("SELECT deduplication_key, type, district_id, station_id, pollutant, opened_at FROM open_signal"
				+ " WHERE deduplication_key = ANY(?::text[]) FOR UPDATE")
			.param(keys.toArray(String[]::new))
			.query(rs -> {
				String pollutant = rs.getString(5);
				open.put(rs.getString(1),
						new OpenCondition(rs.getString(1), SignalType.valueOf(rs.getString(2)), rs.getString(3),
								rs.getString(4), pollutant == null ? null : Pollutant.valueOf(pollutant),
								rs.getTimestamp(6).toInstant()));
			});
		return open;
	}

	void open(List<AlertSignal> signals) {
		jdbcTemplate.batchUpdate(
				"INSERT INTO open_signal (deduplication_key, type, district_id, station_id, pollutant,"
						+ " opened_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (deduplication_key) DO NOTHING",
				signals, 500, (ps, s) -> {
					ps.setString(1, s.deduplicationKey());
					ps.setString(2, s.type().name());
					ps.setString(3, s.districtId());
					ps.setString(4, s.stationId());
					ps.setString(5, s.pollutant() == null ? null : s.pollutant().name());
					ps.setTimestamp(6, Timestamp.from(s.occurredAt()));
				});
	}

	void close(List<String> keys) {
		if (!keys.isEmpty()) {
			jdbc.sql("DELETE FROM open_signal WHERE deduplication_key = ANY(?::text[])")
				.param(keys.toArray(String[]::new))
				.update();
		}
	}

	List<String> openKeys() {
		return jdbc.sql("SELECT deduplication_key FROM open_signal ORDER BY opened_at").query(String.class).list();
	}

}
