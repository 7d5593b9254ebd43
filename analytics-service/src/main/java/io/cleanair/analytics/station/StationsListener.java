package io.cleanair.analytics.station;

import java.time.Clock;

import io.cleanair.core.event.StationChanged;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Thin edge: keeps station → district (and active) in step with ingest's registry; a
 * tombstone deletes.
 */
@Component
class StationsListener {

	private final StationRepository stations;

	private final Clock clock;

	StationsListener(StationRepository stations, Clock clock) {
		this.stations = stations;
		this.clock = clock;
	}

	@KafkaListener(id = "stations", topics = "${aq.topics.stations}", containerFactory = "stationsContainerFactory")
	void onStation(ConsumerRecord<String, StationChanged> record) {
		if (record.value() == null) {
			stations.deleted(record.key());
		}
		else if (record.value().deleted()) {
			stations.deleted(record.value().stationId());
		}
		else {
			stations.changed(record.value(), clock.instant());
		}
	}

}
