package io.cleanair.ingest.key;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The active keys, by the hash of their secret, in memory: loaded at start and reloaded
 * every {@code aq.registry.refresh-interval}, so that a station's key is checked while
 * PostgreSQL is down. Key hashes stay in ingest's database (no topic other services could
 * read carries them): a key issued or revoked through this instance counts at once,
 * through another within one refresh, and a key not in the copy yet is looked up in the
 * database. While the database does not answer the last good copy stays in use, and last
 * uses wait in memory for the next refresh that can write them.
 */
@Component
class KeyDirectory implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(KeyDirectory.class);

	private final ApiKeyRepository repository;

	private volatile Map<String, ApiKeyRecord> active = Map.of();

	private final Map<String, Instant> lastUse = new ConcurrentHashMap<>();

	KeyDirectory(ApiKeyRepository repository) {
		this.repository = repository;
	}

	/** The active key from the copy, if it is there; asks nothing of the database. */
	Optional<ApiKeyRecord> cached(String keyHash) {
		return Optional.ofNullable(active.get(keyHash));
	}

	/**
	 * The active key, from the copy or else the database; a database that does not answer
	 * throws.
	 */
	Optional<ApiKeyRecord> find(String keyHash) {
		ApiKeyRecord key = active.get(keyHash);
		if (key != null) {
			return Optional.of(key);
		}
		Optional<ApiKeyRecord> stored = repository.findActiveByHash(keyHash);
		stored.ifPresent(k -> put(keyHash, k));
		return stored;
	}

	/** The key with its last use as this instance knows it (maybe not written yet). */
	ApiKeyRecord withPendingUse(ApiKeyRecord key) {
		Instant pending = lastUse.get(key.id());
		if (pending == null || (key.lastUsedAt() != null && !pending.isAfter(key.lastUsedAt()))) {
			return key;
		}
		return new ApiKeyRecord(key.id(), key.owner(), key.kind(), key.stationIds(), key.createdAt(), pending,
				key.revokedAt());
	}

	/** Notes a use; written with the next refresh. */
	void used(ApiKeyRecord key, Instant at) {
		lastUse.merge(key.id(), at, (a, b) -> a.isAfter(b) ? a : b);
	}

	@Override
	public void afterPropertiesSet() {
		refresh();
	}

	@Scheduled(fixedDelayString = "${aq.registry.refresh-interval:PT5S}",
			initialDelayString = "${aq.registry.refresh-interval:PT5S}")
	synchronized void refresh() {
		try {
			writeLastUses();
			active = Map.copyOf(repository.findAllActive());
		}
		catch (DataAccessException e) {
			log.warn("API keys not refreshed, keeping the last copy ({} keys): {}", active.size(), e.getMessage());
		}
	}

	synchronized void insert(ApiKeyRecord key, String keyHash) {
		repository.insert(key, keyHash);
		put(keyHash, key);
	}

	synchronized boolean revoke(String keyId, Instant at) {
		boolean revoked = repository.revoke(keyId, at);
		Map<String, ApiKeyRecord> next = new HashMap<>(active);
		next.values().removeIf(k -> k.id().equals(keyId));
		active = Map.copyOf(next);
		return revoked;
	}

	private void writeLastUses() {
		Map<String, Instant> pending = new HashMap<>(lastUse);
		if (!pending.isEmpty()) {
			repository.touch(pending);
			pending.forEach(lastUse::remove);
		}
	}

	private synchronized void put(String keyHash, ApiKeyRecord key) {
		Map<String, ApiKeyRecord> next = new HashMap<>(active);
		next.put(keyHash, key);
		active = Map.copyOf(next);
	}

}
