package io.cleanair.ingest.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import io.cleanair.core.event.ReadingReceived;
import io.cleanair.ingest.config.BrokerUnavailableException;
import io.cleanair.ingest.config.TopicProperties;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Sends accepted readings to Kafka keyed by station id; completes only when every send is acknowledged,
 * and fails within {@code aq.ingest.publish-timeout}. The circuit breaker {@code kafka} answers at once
 * while the broker is known to be down, and lets a few calls through to find out when it is back.
 */
@Component
class ReadingPublisher {

	static final String BREAKER = "kafka";

	private final KafkaTemplate<String, Object> kafka;

	private final TopicProperties topics;

	private final IntakeProperties properties;

	private final CircuitBreaker breaker;

	private final Timer latency;

	ReadingPublisher(KafkaTemplate<String, Object> kafka, TopicProperties topics, IntakeProperties properties,
			CircuitBreakerRegistry breakers, MeterRegistry meters) {
		this.kafka = kafka;
		this.topics = topics;
		this.properties = properties;
		this.breaker = breakers.circuitBreaker(BREAKER);
		this.latency = Timer.builder("aq.ingest.publish.latency")
			.description("Time from first send to the broker's acknowledgement of a whole batch")
			.publishPercentileHistogram()
			.register(meters);
	}

	Mono<Void> publish(List<ReadingReceived> readings) {
		if (readings.isEmpty()) {
			return Mono.empty();
		}
		AtomicBoolean abandoned = new AtomicBoolean();
		return Mono.defer(() -> {
			Timer.Sample sample = Timer.start();
			return Mono.fromFuture(sendAll(readings, abandoned)).doOnSuccess(ok -> sample.stop(latency));
		})
			.subscribeOn(Schedulers.boundedElastic())
			.timeout(properties.publishTimeout())
			.doOnCancel(() -> abandoned.set(true))
			.doOnError(e -> abandoned.set(true))
			.transformDeferred(CircuitBreakerOperator.of(breaker))
			.onErrorMap(e -> !(e instanceof BrokerUnavailableException), BrokerUnavailableException::new);
	}

	/** Stops sending at the first send that failed already (e.g. no metadata) or once the caller gave up. */
	private CompletableFuture<Void> sendAll(List<ReadingReceived> readings, AtomicBoolean abandoned) {
		List<CompletableFuture<?>> sends = new ArrayList<>(readings.size());
		for (ReadingReceived r : readings) {
			CompletableFuture<?> send = kafka.send(topics.readings(), r.stationId(), r);
			sends.add(send);
			if (send.isCompletedExceptionally() || abandoned.get()) {
				return send.thenApply(x -> null);
			}
		}
		return CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new));
	}
}
