package io.cleanair.analytics.signal;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.cleanair.core.event.AlertSignal;
import io.cleanair.core.event.AlertSignal.SignalType;
import io.cleanair.core.pollutant.Pollutant;
import io.cleanair.core.signal.OpenCondition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The conditions signalled and not yet reported recovered, by deduplication key. */
@Repository
class OpenSignalRepository {

	private final JdbcClient jdbc;

	OpenSignalRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Map<String, OpenCondition> find(Collection<String> keys) {
		Map<String, OpenCondition> open = new HashMap<>();
		if (keys.isEmpty()) {
			return open;
		}
		jdbc.sql("SELECT deduplication_key, type, district_id, station_id, pollutant, opened_at FROM open_signal"
				+ " WHERE deduplication_key = ANY(?::text[]) ORDER BY deduplication_key FOR UPDATE")
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

	/**
	 * Records the conditions as open and returns the keys this transaction claimed: a key
	 * another transaction recorded first (another instance judging the same district at
	 * the same time) is left out, once that transaction committed. Keys are locked (found
	 * and inserted) in their order, so that two transactions judging overlapping
	 * conditions at once wait for each other instead of deadlocking.
	 */
	Set<String> open(List<AlertSignal> signals) {
		Set<String> claimed = new HashSet<>();
		List<AlertSignal> inOrder = new ArrayList<>(signals);
		inOrder.sort(Comparator.comparing(AlertSignal::deduplicationKey));
		for (AlertSignal s : inOrder) {
			jdbc.sql("INSERT INTO open_signal (deduplication_key, type, district_id, station_id, pollutant, opened_at)"
					+ " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (deduplication_key) DO NOTHING RETURNING deduplication_key")
				.params(s.deduplicationKey(), s.type().name(), s.districtId(), s.stationId(),
						s.pollutant() == null ? null : s.pollutant().name(), Timestamp.from(s.occurredAt()))
				.query(String.class)
				.optional()
				.ifPresent(claimed::add);
		}
		return claimed;
	}

	/** Closes the conditions and returns the keys this transaction closed. */
	Set<String> close(List<String> keys) {
		if (keys.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(
				jdbc.sql("DELETE FROM open_signal WHERE deduplication_key = ANY(?::text[]) RETURNING deduplication_key")
					.param(keys.toArray(String[]::new))
					.query(String.class)
					.list());
	}

	List<String> openKeys() {
		return jdbc.sql("SELECT deduplication_key FROM open_signal ORDER BY opened_at").query(String.class).list();
	}

}
