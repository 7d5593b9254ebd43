package io.cleanair.ingest.key;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.cleanair.security.ApiKeyLookup;
import io.cleanair.security.ApiKeys;
import io.cleanair.security.ApiPrincipal;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Issues, finds and revokes the keys of stations and providers. As the service's
 * {@link ApiKeyLookup} it switches API-key security on: a key's principal may post
 * readings for its stations only.
 */
@Service
class StationKeys implements ApiKeyLookup {

	static final String STATION_ROLE = "STATION";

	/**
	 * Last use is written at most this often per key, so a busy station does not write on
	 * every request.
	 */
	static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

	private final ApiKeyRepository keys;

	private final Clock clock;

	StationKeys(ApiKeyRepository keys, Clock clock) {
		this.keys = keys;
		this.clock = clock;
	}

	@Override
	public Mono<ApiPrincipal> findByKeyHash(String sha256Hex) {
		return Mono.fromCallable(() -> keys.findActiveByHash(sha256Hex).map(key -> {
			Instant now = clock.instant();
			if (key.lastUsedAt() == null || key.lastUsedAt().isBefore(now.minus(LAST_USE_PRECISION))) {
				keys.touch(key.id(), now);
			}
			return new ApiPrincipal(key.id(), key.owner(), Set.of(STATION_ROLE), new HashSet<>(key.stationIds()));
		})).subscribeOn(Schedulers.boundedElastic()).flatMap(Mono::justOrEmpty);
	}

	/** A new key; its secret is in the answer only, never stored. */
	IssuedKey issue(String owner, ApiKeyRecord.Kind kind, List<String> stationIds) {
		String secret = ApiKeys.generate();
		ApiKeyRecord record = new ApiKeyRecord("k-" + UUID.randomUUID().toString().substring(0, 13), owner, kind,
				List.copyOf(stationIds), clock.instant(), null, null);
		keys.insert(record, ApiKeys.sha256Hex(secret));
		return new IssuedKey(record, secret);
	}

	List<ApiKeyRecord> ofStation(String stationId) {
		return keys.findByStation(stationId);
	}

	boolean revoke(String keyId) {
		return keys.revoke(keyId, clock.instant());
	}

	record IssuedKey(ApiKeyRecord record, String secret) {
	}

}
