package io.cleanair.alert.rectification;

import jakarta.validation.Valid;
import io.cleanair.problems.FreeText;
import io.cleanair.problems.Identifier;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import io.cleanair.alert.web.Problems;
import io.cleanair.core.rectification.RectificationStatus;
import io.cleanair.security.ApiAuthorizationRules;
import io.cleanair.security.ApiPrincipal;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code /api/v1/rectifications}: the ledger. The admin creates ({@code POST}), assigns
 * ({@code POST /{id}/assignment}) and verifies or reopens ({@code POST /{id}/status});
 * the responsible official's key adds progress ({@code POST /{id}/progress}) and marks
 * the item in progress or rectified; any key reads.
 */
@RestController
class RectificationController {

	private final RectificationService service;

	RectificationController(RectificationService service) {
		this.service = service;
	}

	@GetMapping("/api/v1/rectifications")
	Mono<List<RectificationItem>> list(@RequestParam(required = false) @Identifier String district,
			@RequestParam(required = false) String status, @RequestParam(required = false) Integer limit) {
		RectificationStatus s = status == null ? null : parse(status);
		int n = limit == null ? 200 : Math.max(1, Math.min(limit, 1000));
		return blocking(() -> service.search(district, s, n));
	}

	@GetMapping("/api/v1/rectifications/{id}")
	Mono<RectificationService.Details> one(@PathVariable UUID id) {
		return blocking(() -> service.details(id)
			.orElseThrow(
					() -> Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found", "no rectification item " + id)));
	}

	@PostMapping("/api/v1/rectifications")
	Mono<ResponseEntity<RectificationItem>> create(@Valid @RequestBody NewItemRequest body) {
		if (body == null || body.title() == null || body.title().isBlank() || body.districtId() == null
				|| body.deadline() == null) {
			return Mono.error(Problems.badRequest("body", "title, districtId and deadline are required"));
		}
		return caller()
			.flatMap(
					c -> blocking(
							() -> service.create(
									new RectificationService.NewItem(body.title(), body.description(), body.location(),
											body.districtId(), body.officialId(), body.incidentId(), body.deadline()),
									c)))
			.map(i -> ResponseEntity.status(HttpStatus.CREATED).body(i));
	}

	@PostMapping("/api/v1/rectifications/{id}/assignment")
	Mono<RectificationItem> assign(@PathVariable UUID id, @Valid @RequestBody AssignRequest body) {
		if (body == null || body.officialId() == null || body.officialId().isBlank()) {
			return Mono.error(Problems.badRequest("officialId", "the responsible official is required"));
		}
		return caller().flatMap(c -> blocking(
				() -> service.assign(id, body.districtId(), body.officialId().trim(), body.deadline(), c)));
	}

	@PostMapping("/api/v1/rectifications/{id}/progress")
	Mono<RectificationItem> progress(@PathVariable UUID id, @Valid @RequestBody NoteRequest body) {
		if (body == null || body.note() == null || body.note().isBlank()) {
			return Mono.error(Problems.badRequest("note", "a progress note is required"));
		}
		return caller().flatMap(c -> blocking(() -> service.progress(id, body.note().trim(), c)));
	}

	@PostMapping("/api/v1/rectifications/{id}/status")
	Mono<RectificationItem> status(@PathVariable UUID id, @Valid @RequestBody StatusRequest body) {
		if (body == null || body.status() == null) {
			return Mono.error(Problems.badRequest("status", "the new status is required"));
		}
		RectificationStatus to = parse(body.status());
		return caller().flatMap(c -> blocking(() -> service.move(id, to, body.note(), c)));
	}

	/**
	 * Runs the reminder and overdue sweep now (the admin; the scheduler does it every few
	 * minutes).
	 */
	@PostMapping("/api/v1/rectifications/sweeps")
	Mono<Sweep> sweep() {
		return blocking(() -> new Sweep(service.sweep()));
	}

	private static RectificationStatus parse(String status) {
		try {
			return RectificationStatus.valueOf(status.trim().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw Problems.badRequest("status",
					"must be one of " + List.of(RectificationStatus.values()) + ", was '" + status + "'");
		}
	}

	private static Mono<ApiPrincipal> caller() {
		return ApiPrincipal.current()
			.switchIfEmpty(Mono.error(() -> Problems.of(HttpStatus.UNAUTHORIZED, "unauthorized", "No API key",
					"an API key is required")));
	}

	private static <T> Mono<T> blocking(Callable<T> work) {
		return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic());
	}

	record NewItemRequest(@FreeText String title, @FreeText String description, @FreeText String location,
			@Identifier String districtId, @Identifier String officialId, UUID incidentId, LocalDate deadline) {
	}

	record AssignRequest(@Identifier String officialId, @Identifier String districtId, LocalDate deadline) {
	}

	record NoteRequest(@FreeText String note) {
	}

	record StatusRequest(String status, @FreeText String note) {
	}

	/**
	 * @param notices reminders and escalation notices stored
	 */
	record Sweep(int notices) {
	}

	/** Who may do what on the ledger. */
	@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
	static class Access {

		@Bean
		ApiAuthorizationRules rectificationRules() {
			return exchanges -> exchanges
				.pathMatchers(HttpMethod.POST, "/api/v1/rectifications", "/api/v1/rectifications/*/assignment",
						"/api/v1/rectifications/sweeps")
				.hasRole(ApiPrincipal.ADMIN)
				.pathMatchers(HttpMethod.POST, "/api/v1/rectifications/*/progress", "/api/v1/rectifications/*/status")
				.hasAnyRole("OFFICIAL", ApiPrincipal.ADMIN)
				.pathMatchers(HttpMethod.GET, "/api/v1/rectifications", "/api/v1/rectifications/**")
				.authenticated();
		}

	}

}
