package io.cleanair.ingest.config;

import java.net.URI;

import org.apache.kafka.common.KafkaException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** When Kafka does not acknowledge, nothing was accepted: say so, and let the sender retry. */
@RestControllerAdvice
class BrokerUnavailableHandler {

	@ExceptionHandler({ KafkaException.class, org.springframework.kafka.KafkaException.class })
	ProblemDetail brokerUnavailable(RuntimeException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"The message broker did not acknowledge the batch; no reading of it is accepted. Retry later.");
		problem.setType(URI.create("https://aq.example/problems/broker-unavailable"));
		problem.setTitle("Broker unavailable");
		return problem;
	}
}
