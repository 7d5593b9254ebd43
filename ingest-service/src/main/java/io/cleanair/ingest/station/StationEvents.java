package io.cleanair.ingest.station;

import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import io.cleanair.core.event.StationChanged;
import io.cleanair.ingest.config.TopicProperties;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Publishes every registry change to the compacted stations topic, keyed by station id.
 */
@Component
class StationEvents {

	private final KafkaTemplate<String, Object> kafka;

	private final TopicProperties topics;

	private final Clock clock;

	StationEvents(KafkaTemplate<String, Object> kafka, TopicProperties topics, Clock clock) {
		this.kafka = kafka;
		this.topics = topics;
		this.clock = clock;
	}

	CompletableFuture<?> changed(Station s) {
		return kafka.send(topics.stations(), s.id(),
				new StationChanged(UUID.randomUUID(), StationChanged.SCHEMA_VERSION, s.id(), s.name(), s.districtId(),
						s.kind().name(), s.latitude(), s.longitude(), s.active(), false, clock.instant(),
						s.timeZone().getId(), s.hourLabel().name()));
	}

	CompletableFuture<?> deleted(String id) {
		// a tombstone lets compaction forget the station
		return kafka.send(topics.stations(), id, null);
	}

}
