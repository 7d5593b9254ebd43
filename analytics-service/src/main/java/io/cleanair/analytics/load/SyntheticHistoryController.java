package io.cleanair.analytics.load;

import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The synthetic-history loader (admin only), for benchmarks of the queries over years of
 * data ({@code aq bench queries}):
 * <ul>
 * <li>{@code POST /api/v1/admin/synthetic-history?stations=&districts=&seed=&from=&to=}
 * generates the hourly readings of the data set's stations on those days (at most
 * {@value #MAX_RANGE_DAYS} a call, so a client shows progress by calling per chunk) and
 * stores them as the consumer does, or with {@code bulk=true} in bulk ({@code COPY}, days
 * already complete skipped); idempotent: a second call changes nothing;</li>
 * <li>{@code GET} with the same parameters tells how many of those days are loaded.</li>
 * </ul>
 */
@RestController
class SyntheticHistoryController {

	static final int MAX_RANGE_DAYS = 31;

	static final String PATH = "/api/v1/admin/synthetic-history";

	private final SyntheticHistory history;

	SyntheticHistoryController(SyntheticHistory history) {
		this.history = history;
	}

	@PostMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<SyntheticHistory.Loaded> load(@Valid SyntheticHistoryQuery query) {
		return Mono
			.fromCallable(
					() -> history.load(query.dataSet(), query.from(), query.to(), query.isBulk(), query.copyFormat()))
			.subscribeOn(Schedulers.boundedElastic());
	}

	@GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<SyntheticHistory.State> state(@Valid SyntheticHistoryStateQuery query) {
		return Mono.fromCallable(() -> history.state(query.dataSet(), query.from(), query.to()))
			.subscribeOn(Schedulers.boundedElastic());
	}

}
