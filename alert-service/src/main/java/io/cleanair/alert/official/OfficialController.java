package io.cleanair.alert.official;

import io.cleanair.problems.Identifier;
import java.util.List;

import io.cleanair.alert.config.AlertProperties;
import io.cleanair.alert.config.OfficialDefinition;
import io.cleanair.core.alerting.Official;
import io.cleanair.problems.ApiProblem;
import io.cleanair.problems.ProblemType;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** The officials registry's admin API. */
@RestController
@RequestMapping("/api/v1/officials")
class OfficialController {

	private final OfficialDirectory directory;

	private final AlertProperties properties;

	private final OfficialKeys keys;

	OfficialController(OfficialDirectory directory, AlertProperties properties, OfficialKeys keys) {
		this.directory = directory;
		this.properties = properties;
		this.keys = keys;
	}

	/** Issues a key for the official: 201 with the secret, shown this once. */
	@PostMapping("/{id}/keys")
	Mono<ResponseEntity<OfficialKeys.IssuedKey>> issueKey(@PathVariable @Identifier String id) {
		return blocking(() -> {
			directory.find(id).orElseThrow(() -> ApiProblem.notFound("no official '" + id + "'"));
			return ResponseEntity.status(HttpStatus.CREATED).body(keys.issue(id));
		});
	}

	@GetMapping("/{id}/keys")
	Mono<List<OfficialKeys.KeyInfo>> listKeys(@PathVariable @Identifier String id) {
		return blocking(() -> keys.of(id));
	}

	@DeleteMapping("/{id}/keys/{keyId}")
	Mono<ResponseEntity<Void>> revokeKey(@PathVariable @Identifier String id, @PathVariable @Identifier String keyId) {
		return blocking(() -> {
			if (!keys.revoke(id, keyId)) {
				throw ApiProblem.notFound("no active key '" + keyId + "' of official '" + id + "'");
			}
			return ResponseEntity.noContent().<Void>build();
		});
	}

	@GetMapping
	Mono<List<OfficialDefinition>> list() {
		return blocking(() -> directory.all().stream().map(OfficialDefinition::of).toList());
	}

	@GetMapping("/{id}")
	Mono<OfficialDefinition> get(@PathVariable @Identifier String id) {
		return blocking(() -> directory.find(id)
			.map(OfficialDefinition::of)
			.orElseThrow(() -> ApiProblem.notFound("no official '" + id + "'")));
	}

	/**
	 * Creates (201) or replaces (200) an official; the id in the path wins over one in
	 * the body.
	 */
	@PutMapping("/{id}")
	Mono<ResponseEntity<OfficialDefinition>> put(@PathVariable @Identifier String id,
			@Valid @RequestBody OfficialDefinition body) {
		if (!id.matches(OfficialDefinition.ID_PATTERN)) {
			throw ApiProblem.badParameter("id", "an official's id is 1 to 64 letters, digits, '.', '_' or '-'");
		}
		Official official;
		try {
			official = body.withId(id).toOfficial(properties.zone());
		}
		catch (RuntimeException e) {
			throw new ApiProblem(ProblemType.BAD_PARAMETER, e.getMessage());
		}
		if (official.districts().isEmpty()) {
			throw ApiProblem.badParameter("districts", "an official answers for at least one district (or '*')");
		}
		return blocking(() -> ResponseEntity.status(directory.save(official) ? HttpStatus.CREATED : HttpStatus.OK)
			.body(OfficialDefinition.of(official)));
	}

	@DeleteMapping("/{id}")
	Mono<ResponseEntity<Void>> delete(@PathVariable @Identifier String id) {
		return blocking(() -> {
			if (!directory.delete(id)) {
				throw ApiProblem.notFound("no official '" + id + "'");
			}
			return ResponseEntity.noContent().<Void>build();
		});
	}

	private static <T> Mono<T> blocking(java.util.concurrent.Callable<T> call) {
		return Mono.fromCallable(call).subscribeOn(Schedulers.boundedElastic());
	}

}
