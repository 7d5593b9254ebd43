package io.cleanair.analytics.reading;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebInputException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code GET /api/v1/stations/{id}/readings?from=&to=}: a station's stored readings, oldest first; and
 * {@code GET /api/v1/stations/{id}/revisions?from=&to=}: the values corrections replaced there, for the data audit.
 */
@RestController
class ReadingQueryController {

	static final Duration DEFAULT_RANGE = Duration.ofDays(1);

	static final Duration MAX_RANGE = Duration.ofDays(31);

	static final int MAX_ROWS = 50_000;

	private final ReadingRepository repository;

	ReadingQueryController(ReadingRepository repository) {
		this.repository = repository;
	}

	@GetMapping("/api/v1/stations/{id}/readings")
	Mono<List<ReadingView>> readings(@PathVariable String id, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		Instant[] range = range(from, to);
		return Mono.fromCallable(() -> repository.find(id, range[0], range[1], MAX_ROWS))
			.subscribeOn(Schedulers.boundedElastic())
			.map(rows -> rows.stream().map(ReadingView::of).toList());
	}

	/** Each replaced value with when it was received and replaced, and the value stored now. */
	@GetMapping("/api/v1/stations/{id}/revisions")
	Mono<List<ReadingRepository.ReplacedValue>> revisions(@PathVariable String id,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
		Instant[] range = range(from, to);
		return Mono.fromCallable(() -> repository.revisions(id, range[0], range[1], MAX_ROWS))
			.subscribeOn(Schedulers.boundedElastic());
	}

	private static Instant[] range(String from, String to) {
		Instant end = to == null ? Instant.now() : instant("to", to);
		Instant start = from == null ? end.minus(DEFAULT_RANGE) : instant("from", from);
		if (!start.isBefore(end)) {
			throw new ServerWebInputException("parameter 'from' must be before 'to'");
		}
		if (Duration.between(start, end).compareTo(MAX_RANGE) > 0) {
			throw new ServerWebInputException("parameter range from..to must not exceed " + MAX_RANGE.toDays() + " days");
		}
		return new Instant[] { start, end };
	}

	private static Instant instant(String name, String text) {
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException e) {
			throw new ServerWebInputException(
					"parameter '" + name + "' must be ISO-8601 with an offset, e.g. 2026-11-28T00:00:00+08:00");
		}
	}

	/** @param qcFlags the flags the reading arrived with ({@code SPIKE}, {@code STUCK}, {@code sender:<flag>}) */
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
