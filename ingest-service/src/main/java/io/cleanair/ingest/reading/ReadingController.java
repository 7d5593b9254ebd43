package io.cleanair.ingest.reading;

import java.util.List;

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

/**
 * {@code POST /api/v1/readings}: validates each reading, publishes the good ones and answers 202 only
 * after Kafka acknowledged all of them.
 */
@RestController
@RequestMapping("/api/v1/readings")
class ReadingController {

	private final ReadingIntake intake;

	private final IntakeProperties properties;

	ReadingController(ReadingIntake intake, IntakeProperties properties) {
		this.intake = intake;
		this.properties = properties;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.ACCEPTED)
	Mono<IntakeResponse> post(@RequestBody ReadingBatch batch, @AuthenticationPrincipal ApiPrincipal sender) {
		if (batch == null || batch.readings() == null) {
			return Mono.error(new ServerWebInputException("body must be {\"readings\":[...]}"));
		}
		if (batch.readings().size() > properties.maxBatchSize()) {
			return Mono.error(new BatchTooLargeException(batch.readings().size(), properties.maxBatchSize()));
		}
		return intake.intake(batch.readings(), sender)
			.map(ReadingController::refuseWhenNothingIsTheSenders)
			.map(result -> new IntakeResponse(result.accepted().size(), result.rejected()));
	}

	/** A batch entirely for stations the key does not cover is a 403 as a whole. */
	private static IntakeResult refuseWhenNothingIsTheSenders(IntakeResult result) {
		if (result.accepted().isEmpty() && !result.rejected().isEmpty() && result.rejected()
			.stream()
			.allMatch(r -> r.code().equals(RejectionCode.FORBIDDEN_STATION.name()))) {
			throw new AccessDeniedException("this API key may post for none of the batch's stations");
		}
		return result;
	}

	record IntakeResponse(int accepted, List<Rejection> rejected) {
	}
}
