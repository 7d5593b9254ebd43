package io.cleanair.analytics.recompute;

import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code POST /api/v1/recomputations?from=&to=} (admin): the stored days of [from, to]
 * assessed again under the policy configured now; at most {@value #MAX_RANGE_DAYS} days a
 * call, so a client shows progress by calling per chunk ({@code aq recompute} does).
 * Idempotent: a second call changes and publishes nothing.
 */
@RestController
class RecomputeController {

	static final int MAX_RANGE_DAYS = 31;

	private final RecomputeDays recompute;

	RecomputeController(RecomputeDays recompute) {
		this.recompute = recompute;
	}

	@PostMapping(path = "/api/v1/recomputations", produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<RecomputeDays.Recomputed> recompute(@Valid RecomputeQuery query) {
		return Mono.fromCallable(() -> recompute.recompute(query.from(), query.to()))
			.subscribeOn(Schedulers.boundedElastic());
	}

}
