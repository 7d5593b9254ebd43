package io.cleanair.ingest.station;

import java.time.Clock;
import java.util.UUID;

import io.cleanair.core.event.StationChanged;
import io.cleanair.ingest.config.TopicProperties;
import io.cleanair.ingest.outbox.Outbox;
import org.springframework.stereotype.Component;

/**
 * Writes every registry change, in its transaction, to the outbox for the compacted
 * stations topic, keyed by station id.
 */
@Component
class StationEvents {

	private final Outbox outbox;

	private final TopicProperties topics;

	private final Clock clock;

	StationEvents(Outbox outbox, TopicProperties topics, Clock clock) {
		this.outbox = outbox;
		this.topics = topics;
		this.clock = clock;
	}

	void changed(Station s) {
		outbox.add(topics.stations(), s.id(),
				new StationChanged(UUID.randomUUID(), StationChanged.SCHEMA_VERSION, s.id(), s.name(), s.districtId(),
						s.kind().name(), s.latitude(), s.longitude(), s.active(), false, clock.instant(),
						s.timeZone().getId(), s.hourLabel().name()));
	}

	void deleted(String id) {
		// a tombstone lets compaction forget the station
		outbox.add(topics.stations(), id, null);
	}

}
