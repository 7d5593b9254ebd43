package io.cleanair.ingest.reading;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import io.cleanair.ingest.station.StationRepository;
import io.cleanair.security.ApiPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebInputException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code POST /api/v1/readings}: validates each reading, publishes the good ones and answers 202 only
 * after Kafka acknowledged all of them.
 */
@RestController
@RequestMapping("/api/v1/readings")
class ReadingController {

	private final StationRepository stations;

	private final ReadingPublisher publisher;

	private final ReadingValidator validator;

	ReadingController(StationRepository stations, ReadingPublisher publisher, Clock clock) {
		this.stations = stations;
		this.publisher = publisher;
		this.validator = new ReadingValidator(clock);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.ACCEPTED)
	Mono<IntakeResponse> post(@RequestBody ReadingBatch batch, @AuthenticationPrincipal ApiPrincipal sender) {
		if (batch == null || batch.readings() == null) {
			return Mono.error(new ServerWebInputException("body must be {\"readings\":[...]}"));
		}
		List<ReadingBatch.RawReading> readings = batch.readings();
		Set<String> ids = readings.stream()
			.filter(Objects::nonNull)
			.map(ReadingBatch.RawReading::stationId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		return Mono.fromCallable(() -> validator.validate(readings, stations.findAllById(ids), sender::covers))
			.subscribeOn(Schedulers.boundedElastic())
			.map(ReadingController::refuseWhenNothingIsTheSenders)
			.flatMap(result -> Mono.fromFuture(publisher.publish(result.accepted()))
				.thenReturn(new IntakeResponse(result.accepted().size(), result.rejected())));
	}

	/** A batch entirely for stations the key does not cover is a 403 as a whole. */
	private static IntakeResult refuseWhenNothingIsTheSenders(IntakeResult result) {
		if (result.accepted().isEmpty() && !result.rejected().isEmpty()
				&& result.rejected().stream().allMatch(r -> r.code().equals("FORBIDDEN_STATION"))) {
			throw new AccessDeniedException("this API key may post for none of the batch's stations");
		}
		return result;
	}

	record IntakeResponse(int accepted, List<Rejection> rejected) {
	}
}
