package io.cleanair.ingest.reading;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.cleanair.core.event.ReadingReceived;
import io.cleanair.ingest.config.BrokerUnavailableException;
import io.cleanair.ingest.config.TopicProperties;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Sends accepted readings to Kafka keyed by station id: current ones to
 * {@code aq.topics.readings}, those whose time is older than
 * {@code aq.ingest.backfill-age} to the backfill lane
 * {@code aq.topics.readings-backfill}; completes only when every send is acknowledged,
 * and fails within {@code aq.ingest.publish-timeout}. The circuit breaker {@code kafka}
 * answers at once while the broker is known to be down, and lets a few calls through to
 * find out when it is back.
 */
@Component
class ReadingPublisher {

	static final String BREAKER = "kafka";

	private static final Logger log = LoggerFactory.getLogger(ReadingPublisher.class);

	private final KafkaTemplate<String, Object> kafka;

	private final TopicProperties topics;

	private final IntakeProperties properties;

	private final CircuitBreaker breaker;

	private final Timer latency;

	private final Counter backfill;

	private final Clock clock;

	ReadingPublisher(KafkaTemplate<String, Object> kafka, TopicProperties topics, IntakeProperties properties,
			CircuitBreakerRegistry breakers, MeterRegistry meters, Clock clock) {
		this.clock = clock;
		this.backfill = Counter.builder("aq.ingest.readings.backfill")
			.description("Readings sent to the backfill lane (older than aq.ingest.backfill-age)")
			.register(meters);
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

	/**
	 * Sends with the producer itself: one future for the whole batch, completed by the
	 * last acknowledgement, instead of a future (and a timer sample) per reading. Stops
	 * sending at the first send that failed already (e.g. no metadata) or once the caller
	 * gave up.
	 */
	private CompletableFuture<Void> sendAll(List<ReadingReceived> readings, AtomicBoolean abandoned) {
		BatchAcknowledgement acknowledged = new BatchAcknowledgement(readings.size());
		String live = topics.readings();
		String history = topics.readingsBackfill();
		Instant backfillBefore = clock.instant().minus(properties.backfillAge());
		int[] toBackfill = new int[1];
		kafka.execute(producer -> {
			for (ReadingReceived r : readings) {
				if (acknowledged.isDone() || abandoned.get()) {
					break;
				}
				boolean old = r.time().isBefore(backfillBefore);
				try {
					producer.send(new ProducerRecord<>(old ? history : live, r.stationId(), r), acknowledged);
					toBackfill[0] += old ? 1 : 0;
				}
				catch (RuntimeException e) {
					acknowledged.onCompletion(null, e);
				}
			}
			return null;
		});
		backfill.increment(toBackfill[0]);
		return acknowledged;
	}

	/**
	 * Completes when every record of a batch is acknowledged, or fails with the first
	 * failure.
	 */
	private static final class BatchAcknowledgement extends CompletableFuture<Void> implements Callback {

		private final AtomicInteger outstanding;

		BatchAcknowledgement(int records) {
			this.outstanding = new AtomicInteger(records);
		}

		@Override
		public void onCompletion(RecordMetadata metadata, Exception exception) {
			if (exception != null) {
				if (completeExceptionally(exception)) {
					log.warn("Kafka did not take a reading: {}", exception.toString());
				}
			}
			else if (outstanding.decrementAndGet() == 0) {
				complete(null);
			}
		}

	}

}
