package io.cleanair.analytics.reading;

import java.util.ArrayList;
import java.util.List;

import io.cleanair.core.event.ReadingReceived;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

/**
 * Thin edge: takes a batch of readings off {@code aq.readings.v1} and hands it to {@link StoreReadings}.
 * Offsets are committed only after the batch's database work committed.
 */
@Component
class ReadingsListener {

	private final StoreReadings storeReadings;

	ReadingsListener(StoreReadings storeReadings) {
		this.storeReadings = storeReadings;
	}

	@KafkaListener(id = "readings", topics = "${aq.topics.readings}", batch = "true")
	void onReadings(List<ConsumerRecord<String, ReadingReceived>> records) {
		List<ReadingReceived> readings = new ArrayList<>(records.size());
		for (ConsumerRecord<String, ReadingReceived> record : records) {
			if (record.value() == null) {
				// a record that could not be deserialised: the error handler sends it to the dead-letter topic
				throw new BatchListenerFailedException("unreadable reading", record);
			}
			readings.add(record.value());
		}
		storeReadings.store(readings);
	}
}
