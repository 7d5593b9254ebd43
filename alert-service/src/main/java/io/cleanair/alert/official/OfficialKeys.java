package io.cleanair.alert.official;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.cleanair.security.ApiKeyLookup;
import io.cleanair.security.ApiKeys;
import io.cleanair.security.ApiPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The officials' own API keys. As the service's {@link ApiKeyLookup} it switches API-key
 * security on (the api-security module): a key speaks for its official (role
 * {@value #OFFICIAL_ROLE}, scopes = the official's districts) while the official is
 * active and the key not revoked.
 */
@Service
public class OfficialKeys implements ApiKeyLookup {

	public static final String OFFICIAL_ROLE = "OFFICIAL";

	private final JdbcClient jdbc;

	private final OfficialRepository officials;

	private final Clock clock;

	OfficialKeys(JdbcClient jdbc, OfficialRepository officials, Clock clock) {
		this.jdbc = jdbc;
		this.officials = officials;
		this.clock = clock;
	}

	@Override
	public Mono<ApiPrincipal> findByKeyHash(String sha256Hex) {
		return Mono.fromCallable(() -> findActive(sha256Hex))
			.subscribeOn(Schedulers.boundedElastic())
			.flatMap(Mono::justOrEmpty);
	}

	private Optional<ApiPrincipal> findActive(String hash) {
		return jdbc.sql("SELECT id, official_id FROM official_key WHERE key_hash = ? AND revoked_at IS NULL")
			.param(hash)
			.query((rs, row) -> new String[] { rs.getString("id"), rs.getString("official_id") })
			.optional()
			.flatMap(key -> officials.findById(key[1]).filter(o -> o.active()).map(o -> {
				jdbc.sql("UPDATE official_key SET last_used_at = ? WHERE id = ?")
					.params(Timestamp.from(clock.instant()), key[0])
					.update();
				return new ApiPrincipal(key[0], o.id(), java.util.Set.of(OFFICIAL_ROLE), o.districts());
			}));
	}

	/** A new key for the official; the secret is in the answer only, never stored. */
	public IssuedKey issue(String officialId) {
		String secret = ApiKeys.generate();
		String id = "ok-" + UUID.randomUUID().toString().substring(0, 13);
		Instant now = clock.instant();
		jdbc.sql("INSERT INTO official_key (id, official_id, key_hash, created_at) VALUES (?, ?, ?, ?)")
			.params(id, officialId, ApiKeys.sha256Hex(secret), Timestamp.from(now))
			.update();
		return new IssuedKey(id, officialId, secret, now);
	}

	public List<KeyInfo> of(String officialId) {
		return jdbc.sql("SELECT * FROM official_key WHERE official_id = ? ORDER BY created_at")
			.param(officialId)
			.query((rs, row) -> new KeyInfo(rs.getString("id"), rs.getString("official_id"),
					rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("last_used_at")),
					instant(rs.getTimestamp("revoked_at"))))
			.list();
	}

	public boolean revoke(String officialId, String keyId) {
		return jdbc
			.sql("UPDATE official_key SET revoked_at = ? WHERE id = ? AND official_id = ? AND revoked_at IS NULL")
			.params(Timestamp.from(clock.instant()), keyId, officialId)
			.update() == 1;
	}

	private static Instant instant(Timestamp t) {
		return t == null ? null : t.toInstant();
	}

	/** A key just issued: {@code key} is the secret, shown this once. */
	public record IssuedKey(String keyId, String officialId, String key, Instant createdAt) {
	}

	/** A key as listed: never its secret. */
	public record KeyInfo(String keyId, String officialId, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
	}

}
