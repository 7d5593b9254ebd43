package io.cleanair.ingest.key;

import java.time.Instant;
import java.util.List;

/**
 * A key as the registry keeps it: never the secret, only its id, owner and what it
 * covers.
 *
 * @param kind {@code STATION} (issued to one station) or {@code PROVIDER} (for several)
 */
record ApiKeyRecord(String id, String owner, Kind kind, List<String> stationIds, Instant createdAt, Instant lastUsedAt,
		Instant revokedAt) {

	enum Kind {

		STATION, PROVIDER

	}
}
