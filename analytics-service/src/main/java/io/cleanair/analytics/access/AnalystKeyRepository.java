package io.cleanair.analytics.access;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Analysts' read-only keys, stored only as the SHA-256 of the secret. */
@Repository
class AnalystKeyRepository {

	private final JdbcClient jdbc;

	AnalystKeyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(AnalystKey key, String keyHash) {
		jdbc.sql("INSERT INTO analyst_key (key_id, key_hash, owner, created_at) VALUES (?, ?, ?, ?)")
			.params(key.keyId(), keyHash, key.owner(), Timestamp.from(key.createdAt()))
			.update();
	}

	Optional<AnalystKey> findActiveByHash(String keyHash) {
		return jdbc
			.sql("SELECT key_id, owner, created_at, revoked_at FROM analyst_key"
					+ " WHERE key_hash = ? AND revoked_at IS NULL")
			.param(keyHash)
			.query((rs, n) -> row(rs))
			.optional();
	}

	List<AnalystKey> findAll() {
		return jdbc.sql("SELECT key_id, owner, created_at, revoked_at FROM analyst_key ORDER BY created_at")
			.query((rs, n) -> row(rs))
			.list();
	}

	boolean revoke(String keyId, Instant now) {
		return jdbc.sql("UPDATE analyst_key SET revoked_at = ? WHERE key_id = ? AND revoked_at IS NULL")
			.params(Timestamp.from(now), keyId)
			.update() > 0;
	}

	private static AnalystKey row(java.sql.ResultSet rs) throws java.sql.SQLException {
		Timestamp revoked = rs.getTimestamp(4);
		return new AnalystKey(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
				revoked == null ? null : revoked.toInstant());
	}

	record AnalystKey(String keyId, String owner, Instant createdAt, Instant revokedAt) {
	}

}
