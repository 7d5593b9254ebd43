package io.cleanair.analytics.reading;

import io.cleanair.analytics.web.BadParameterException;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code GET /api/v1/stations/{id}/readings?from=&to=}: a station's stored readings,
 * oldest first; and {@code GET /api/v1/stations/{id}/revisions?from=&to=}: the values
 * corrections replaced there, for the data audit.
 */
@RestController
class ReadingQueryController {

	static final int MAX_ROWS = 50_000;

	private final ReadingRepository repository;

	ReadingQueryController(ReadingRepository repository) {
		this.repository = repository;
	}

	@GetMapping("/api/v1/stations/{id}/readings")
	Mono<List<ReadingView>> readings(@PathVariable String id, @Valid ReadingQuery query) {
		BadParameterException.requireIdentifier("id", id);
		Instant end = query.end(Instant.now());
		Instant start = query.start(end);
		return Mono.fromCallable(() -> repository.find(id, start, end, MAX_ROWS))
			.subscribeOn(Schedulers.boundedElastic())
			.map(rows -> rows.stream().map(ReadingView::of).toList());
	}

	/**
	 * Each replaced value with when it was received and replaced, and the value stored
	 * now (same range rules).
	 */
	@GetMapping("/api/v1/stations/{id}/revisions")
	Mono<List<ReadingRepository.ReplacedValue>> revisions(@PathVariable String id, @Valid ReadingQuery query) {
		BadParameterException.requireIdentifier("id", id);
		Instant end = query.end(Instant.now());
		Instant start = query.start(end);
		return Mono.fromCallable(() -> repository.revisions(id, start, end, MAX_ROWS))
			.subscribeOn(Schedulers.boundedElastic());
	}

	/**
	 * @param qcFlags the flags the reading arrived with ({@code SPIKE}, {@code STUCK},
	 * {@code sender:<flag>})
	 */
	record ReadingView(String stationId, Instant time, String pollutant, double value, String unit, int revision,
			List<String> qcFlags) {

		static ReadingView of(ReadingRepository.StoredReading r) {
			return new ReadingView(r.stationId(), r.time(), r.pollutant().name(), r.value(),
					r.pollutant().canonicalUnit() == io.cleanair.core.pollutant.ConcentrationUnit.MG_M3 ? "mg/m3"
							: "ug/m3",
					r.revision(), r.qcFlags());
		}
	}

}
