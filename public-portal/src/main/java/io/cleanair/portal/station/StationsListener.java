package io.cleanair.portal.station;

import java.util.List;

import io.cleanair.core.event.StationChanged;
import io.cleanair.portal.config.Records;
import io.cleanair.portal.change.ReadModelChanges;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Thin edge: station metadata from the compacted registry topic; a tombstone or a deleted
 * station removes it.
 */
@Component
class StationsListener {

	private final StationRepository stations;

	private final TransactionTemplate transaction;

	private final ReadModelChanges changes;

	StationsListener(StationRepository stations, TransactionTemplate transaction, ReadModelChanges changes) {
		this.stations = stations;
		this.transaction = transaction;
		this.changes = changes;
	}

	@KafkaListener(id = "portal-stations", idIsGroup = false, topics = "${aq.topics.stations}",
			containerFactory = "stationsContainerFactory")
	void onStations(List<ConsumerRecord<String, StationChanged>> records) {
		Records.rejectUnreadable(records);
		transaction.executeWithoutResult(status -> records.forEach(r -> {
			if (r.value() == null) {
				stations.deleted(r.key());
			}
			else if (r.value().deleted()) {
				stations.deleted(r.value().stationId());
			}
			else {
				stations.changed(r.value());
			}
		}));
		changes.changed();
	}

}
