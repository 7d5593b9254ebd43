package io.cleanair.ingest.reading;

import java.util.List;

import io.cleanair.security.ApiPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code POST /api/v1/readings}: validates each reading, publishes the good ones and
 * answers 202 only after Kafka acknowledged all of them.
 */
@RestController
@RequestMapping("/api/v1/readings")
class ReadingController {

	private final ReadingIntake intake;

	private final ReadingBodyReader bodies;

	ReadingController(ReadingIntake intake, ReadingBodyReader bodies) {
		this.intake = intake;
		this.bodies = bodies;
	}

	/**
	 * JSON {@code {"readings":[...]}}, NDJSON or CSV, optionally with
	 * {@code Content-Encoding: gzip}.
	 */
	@Operation(summary = "Post readings",
			description = "202 after Kafka acknowledged every accepted reading; rejected ones come back with index, code and detail. "
					+ "400 unparsable body, 401 no or bad key, 403 only other stations' readings, 413 too large, 503 broker down (Retry-After).",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
					@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = ReadingBatch.class)),
					@Content(mediaType = "application/x-ndjson",
							schema = @Schema(implementation = ReadingBatch.RawReading.class)),
					@Content(mediaType = "text/csv", schema = @Schema(type = "string",
							example = "station_id,time,pollutant,value,unit,flag\ndongsi,2026-11-28T08:00:00+08:00,PM2_5,75,ug/m3,")) }))
	@PostMapping(consumes = { MediaType.APPLICATION_JSON_VALUE, "application/x-ndjson", "text/csv" })
	@ResponseStatus(HttpStatus.ACCEPTED)
	Mono<IntakeResponse> post(ServerHttpRequest request, @AuthenticationPrincipal ApiPrincipal sender) {
		return bodies.read(request)
			.flatMap(readings -> intake.intake(readings, sender))
			.map(ReadingController::refuseWhenNothingIsTheSenders)
			.map(result -> new IntakeResponse(result.accepted().size(), result.rejected()));
	}

	/** A batch entirely for stations the key does not cover is a 403 as a whole. */
	private static IntakeResult refuseWhenNothingIsTheSenders(IntakeResult result) {
		if (result.accepted().isEmpty() && !result.rejected().isEmpty()
				&& result.rejected().stream().allMatch(r -> r.code().equals(RejectionCode.FORBIDDEN_STATION.name()))) {
			throw new AccessDeniedException("this API key may post for none of the batch's stations");
		}
		return result;
	}

	record IntakeResponse(int accepted, List<Rejection> rejected) {
	}

}
