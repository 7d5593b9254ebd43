package io.cleanair.ingest.web;

import io.cleanair.ingest.config.BrokerUnavailableException;
import io.cleanair.ingest.reading.IntakeProperties;
import io.cleanair.problems.ApiProblem;
import io.cleanair.problems.ProblemType;
import org.apache.kafka.common.KafkaException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** When Kafka does not acknowledge, nothing was accepted: say so, and when to retry. */
@RestControllerAdvice
class BrokerUnavailableHandler {

	private final IntakeProperties properties;

	BrokerUnavailableHandler(IntakeProperties properties) {
		this.properties = properties;
	}

	@ExceptionHandler({ BrokerUnavailableException.class, KafkaException.class,
			org.springframework.kafka.KafkaException.class })
	ResponseEntity<ProblemDetail> brokerUnavailable(RuntimeException e) {
		ProblemDetail problem = new ApiProblem(ProblemType.BROKER_UNAVAILABLE,
				"The message broker did not acknowledge the batch; no reading of it is accepted. Retry later.")
			.toProblemDetail();
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, properties.retryAfter().toSeconds())))
			.body(problem);
	}

}
