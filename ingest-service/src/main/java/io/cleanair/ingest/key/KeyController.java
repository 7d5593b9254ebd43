package io.cleanair.ingest.key;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.cleanair.ingest.station.StationRepository;
import io.cleanair.problems.ApiProblem;
import io.cleanair.problems.Identifier;
import io.cleanair.problems.ProblemType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Admin API for the keys stations and providers post with. The secret is shown once, in
 * the 201.
 */
@RestController
class KeyController {

	private final StationKeys keys;

	private final StationRepository stations;

	KeyController(StationKeys keys, StationRepository stations) {
		this.keys = keys;
		this.stations = stations;
	}

	@PostMapping("/api/v1/stations/{id}/keys")
	Mono<ResponseEntity<NewKey>> issueForStation(@PathVariable @Identifier String id) {
		return blocking(() -> {
			requireStations(Set.of(id), ProblemType.NOT_FOUND);
			return created(keys.issue(id, ApiKeyRecord.Kind.STATION, List.of(id)));
		});
	}

	@PostMapping("/api/v1/providers/{provider}/keys")
	Mono<ResponseEntity<NewKey>> issueForProvider(@PathVariable @Identifier String provider,
			@Valid @RequestBody ProviderKeyRequest request) {
		return blocking(() -> {
			Set<String> ids = new TreeSet<>(request.stations());
			requireStations(ids, ProblemType.BAD_PARAMETER);
			return created(keys.issue(provider, ApiKeyRecord.Kind.PROVIDER, List.copyOf(ids)));
		});
	}

	@GetMapping("/api/v1/stations/{id}/keys")
	Mono<List<KeyView>> listForStation(@PathVariable @Identifier String id) {
		return blocking(() -> keys.ofStation(id).stream().map(KeyView::of).toList());
	}

	@DeleteMapping("/api/v1/keys/{keyId}")
	Mono<ResponseEntity<Void>> revoke(@PathVariable @Identifier String keyId) {
		return blocking(() -> {
			if (!keys.revoke(keyId)) {
				throw ApiProblem.notFound("no active key " + keyId);
			}
			return ResponseEntity.noContent().build();
		});
	}

	private void requireStations(Set<String> ids, ProblemType type) {
		Set<String> unknown = new TreeSet<>(ids);
		unknown.removeAll(stations.findAllById(ids).keySet());
		if (!unknown.isEmpty()) {
			throw new ApiProblem(type, "not registered: " + String.join(", ", unknown));
		}
	}

	private static ResponseEntity<NewKey> created(StationKeys.IssuedKey issued) {
		ApiKeyRecord r = issued.record();
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new NewKey(r.id(), issued.secret(), r.owner(), r.kind().name(), r.stationIds()));
	}

	private static <T> Mono<T> blocking(java.util.concurrent.Callable<T> work) {
		return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic());
	}

	record ProviderKeyRequest(@NotEmpty List<@Identifier String> stations) {
	}

	/** The only answer that ever carries the secret. */
	record NewKey(String keyId, String key, String owner, String kind, List<String> stations) {
	}

	record KeyView(String keyId, String owner, String kind, List<String> stations, Instant createdAt,
			Instant lastUsedAt, Instant revokedAt) {

		static KeyView of(ApiKeyRecord r) {
			return new KeyView(r.id(), r.owner(), r.kind().name(), r.stationIds(), r.createdAt(), r.lastUsedAt(),
					r.revokedAt());
		}
	}

}
