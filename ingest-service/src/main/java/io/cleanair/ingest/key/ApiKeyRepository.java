package io.cleanair.ingest.key;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ApiKeyRepository {

	private static final String COLUMNS = "id, owner, kind, station_ids, created_at, last_used_at, revoked_at";

	private final JdbcClient jdbc;

	ApiKeyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(ApiKeyRecord key, String keyHash) {
		jdbc.sql("INSERT INTO api_key (id, key_hash, owner, kind, station_ids, created_at) VALUES (?, ?, ?, ?, ?, ?)")
			.params(key.id(), keyHash, key.owner(), key.kind().name(), key.stationIds().toArray(String[]::new),
					Timestamp.from(key.createdAt()))
			.update();
	}

	Optional<ApiKeyRecord> findActiveByHash(String keyHash) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM api_key WHERE key_hash = ? AND revoked_at IS NULL")
			.param(keyHash)
			.query(ApiKeyRepository::map)
			.optional();
	}

	/** Every key not revoked, by the hash of its secret. */
	Map<String, ApiKeyRecord> findAllActive() {
		Map<String, ApiKeyRecord> active = new HashMap<>();
		jdbc.sql("SELECT key_hash, " + COLUMNS + " FROM api_key WHERE revoked_at IS NULL")
			.query((RowCallbackHandler) rs -> active.put(rs.getString("key_hash"), map(rs, 0)));
		return active;
	}

	/** Keys that cover the station, newest first, revoked ones included. */
	List<ApiKeyRecord> findByStation(String stationId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM api_key WHERE ? = ANY (station_ids) ORDER BY created_at DESC")
			.param(stationId)
			.query(ApiKeyRepository::map)
			.list();
	}

	boolean revoke(String id, Instant at) {
		return jdbc.sql("UPDATE api_key SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")
			.params(Timestamp.from(at), id)
			.update() > 0;
	}

	/**
	 * Records when each key was last used, in one statement; to the minute, so that a
	 * busy key is not rewritten at every refresh.
	 */
	void touch(Map<String, Instant> lastUse) {
		List<String> ids = List.copyOf(lastUse.keySet());
		jdbc.sql("""
				UPDATE api_key SET last_used_at = u.at
				FROM (SELECT id, at::timestamptz AS at FROM unnest(?::text[], ?::text[]) AS t (id, at)) AS u
				WHERE api_key.id = u.id AND (last_used_at IS NULL OR last_used_at < u.at - interval '1 minute')
				""")
			.params(ids.toArray(String[]::new),
					ids.stream().map(id -> lastUse.get(id).toString()).toArray(String[]::new))
			.update();
	}

	private static ApiKeyRecord map(ResultSet rs, int row) throws SQLException {
		String[] stations = (String[]) rs.getArray("station_ids").getArray();
		return new ApiKeyRecord(rs.getString("id"), rs.getString("owner"),
				ApiKeyRecord.Kind.valueOf(rs.getString("kind")), Arrays.asList(stations),
				instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("last_used_at")),
				instant(rs.getTimestamp("revoked_at")));
	}

	private static Instant instant(Timestamp t) {
		return t == null ? null : t.toInstant();
	}

}
