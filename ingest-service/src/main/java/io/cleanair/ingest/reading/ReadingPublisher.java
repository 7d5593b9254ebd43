package io.cleanair.ingest.reading;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.cleanair.core.event.ReadingReceived;
import io.cleanair.ingest.config.TopicProperties;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/** Sends accepted readings to Kafka keyed by station id; completes only when every send is acknowledged. */
@Component
class ReadingPublisher {

	private final KafkaTemplate<String, Object> kafka;

	private final TopicProperties topics;

	ReadingPublisher(KafkaTemplate<String, Object> kafka, TopicProperties topics) {
		this.kafka = kafka;
		this.topics = topics;
	}

	CompletableFuture<Void> publish(List<ReadingReceived> readings) {
		CompletableFuture<?>[] sends = readings.stream()
			.map(r -> kafka.send(topics.readings(), r.stationId(), r))
			.toArray(CompletableFuture[]::new);
		return CompletableFuture.allOf(sends);
	}
}
