package io.cleanair.ingest.key;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
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

	private final ApiKeyRepository keys;

	private final KeyDirectory directory;

	private final Clock clock;

	StationKeys(ApiKeyRepository keys, KeyDirectory directory, Clock clock) {
		this.keys = keys;
		this.directory = directory;
		this.clock = clock;
	}

	/**
	 * From memory when the key is known (no database on the readings' path); otherwise
	 * from the database, which fails fast when it does not answer (api-security then
	 * answers 503).
	 */
	@Override
	public Mono<ApiPrincipal> findByKeyHash(String sha256Hex) {
		Optional<ApiKeyRecord> cached = directory.cached(sha256Hex);
		Mono<Optional<ApiKeyRecord>> key = cached.isPresent() ? Mono.just(cached)
				: Mono.fromCallable(() -> directory.find(sha256Hex)).subscribeOn(Schedulers.boundedElastic());
		return key.flatMap(Mono::justOrEmpty).map(k -> {
			directory.used(k, clock.instant());
			return new ApiPrincipal(k.id(), k.owner(), Set.of(STATION_ROLE), new HashSet<>(k.stationIds()));
		});
	}

	/** A new key; its secret is in the answer only, never stored. */
	IssuedKey issue(String owner, ApiKeyRecord.Kind kind, List<String> stationIds) {
		String secret = ApiKeys.generate();
		ApiKeyRecord record = new ApiKeyRecord("k-" + UUID.randomUUID().toString().substring(0, 13), owner, kind,
				List.copyOf(stationIds), clock.instant(), null, null);
		directory.insert(record, ApiKeys.sha256Hex(secret));
		return new IssuedKey(record, secret);
	}

	List<ApiKeyRecord> ofStation(String stationId) {
		return keys.findByStation(stationId).stream().map(directory::withPendingUse).toList();
	}

	boolean revoke(String keyId) {
		return directory.revoke(keyId, clock.instant());
	}

	record IssuedKey(ApiKeyRecord record, String secret) {
	}

}
