package io.cleanair.analytics.access;

import io.cleanair.analytics.web.BadParameterException;
import io.cleanair.problems.FreeText;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.cleanair.analytics.web.NotFoundException;
import io.cleanair.security.ApiKeys;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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

/** Admin API for analysts' read-only keys. The secret is shown once, in the 201. */
@RestController
class AnalystKeyController {

	private final AnalystKeyRepository keys;

	private final Clock clock;

	AnalystKeyController(AnalystKeyRepository keys, Clock clock) {
		this.keys = keys;
		this.clock = clock;
	}

	@PostMapping("/api/v1/analyst-keys")
	Mono<ResponseEntity<NewKey>> issue(@Valid @RequestBody KeyRequest request) {
		return blocking(() -> {
			String secret = ApiKeys.generate();
			AnalystKeyRepository.AnalystKey key = new AnalystKeyRepository.AnalystKey(
					"ak-" + UUID.randomUUID().toString().substring(0, 8), request.owner(), clock.instant(), null);
			keys.insert(key, ApiKeys.sha256Hex(secret));
			return ResponseEntity.status(HttpStatus.CREATED).body(new NewKey(key.keyId(), secret, key.owner()));
		});
	}

	@GetMapping("/api/v1/analyst-keys")
	Mono<List<AnalystKeyRepository.AnalystKey>> all() {
		return blocking(keys::findAll);
	}

	@DeleteMapping("/api/v1/analyst-keys/{keyId}")
	Mono<ResponseEntity<Void>> revoke(@PathVariable String keyId) {
		BadParameterException.requireIdentifier("keyId", keyId);
		return blocking(() -> {
			Instant now = clock.instant();
			if (!keys.revoke(keyId, now)) {
				throw new NotFoundException("no active analyst key '" + keyId + "'");
			}
			return ResponseEntity.noContent().<Void>build();
		});
	}

	private static <T> Mono<T> blocking(java.util.concurrent.Callable<T> work) {
		return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic());
	}

	record KeyRequest(@NotBlank @FreeText String owner) {
	}

	/** The only answer that ever carries the secret. */
	record NewKey(String keyId, String key, String owner) {
	}

}
