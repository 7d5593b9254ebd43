package io.cleanair.analytics.reading;

import java.util.ArrayList;
import java.util.List;

import io.cleanair.analytics.config.PoisonRecordException;
import io.cleanair.core.event.ReadingReceived;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

/**
 * Thin edge: takes a batch of readings off {@code aq.readings.v1} (current readings) or
 * {@code aq.readings-backfill.v1} (history, consumers of its own: {@link Lane}) and hands
 * it to {@link StoreReadings}. Offsets are committed only after the batch's database work
 * committed. A record that cannot be read or is invalid is named to the error handler,
 * which sends it to the dead-letter topic with the reason and processes the rest of the
 * batch.
 */
@Component
class ReadingsListener {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ReadingsListener.class);

	private final StoreReadings storeReadings;

	ReadingsListener(StoreReadings storeReadings) {
		this.storeReadings = storeReadings;
	}

	@KafkaListener(id = "readings", topics = "${aq.topics.readings}", batch = "true",
			concurrency = "${aq.readings-consumers}")
	void onReadings(List<ConsumerRecord<String, ReadingReceived>> records) {
		take(records, Lane.LIVE);
	}

	@KafkaListener(id = "readings-backfill", topics = "${aq.topics.readings-backfill}", batch = "true",
			concurrency = "${aq.backfill-consumers}")
	void onBackfill(List<ConsumerRecord<String, ReadingReceived>> records) {
		take(records, Lane.BACKFILL);
	}

	private void take(List<ConsumerRecord<String, ReadingReceived>> records, Lane lane) {
		List<ReadingReceived> readings = new ArrayList<>(records.size());
		for (int i = 0; i < records.size(); i++) {
			ConsumerRecord<String, ReadingReceived> record = records.get(i);
			String problem = problemOf(record.value());
			if (problem != null) {
				// the records before this one are stored and committed first, then this
				// one goes to the DLT
				storeReadings.store(readings, lane);
				throw new BatchListenerFailedException(problem, new PoisonRecordException(problem), i);
			}
			readings.add(record.value());
		}
		try {
			storeReadings.store(readings, lane);
		}
		catch (RuntimeException e) {
			// the error handler retries the batch with back-off: the database may be down
			log.warn("Batch of {} readings not stored, will retry: {}", readings.size(), e.toString());
			throw e;
		}
	}

	static String problemOf(ReadingReceived r) {
		if (r == null) {
			return "unreadable reading: not a ReadingReceived in JSON";
		}
		if (r.stationId() == null || r.stationId().isBlank() || r.districtId() == null || r.time() == null
				|| r.pollutant() == null || r.receivedAt() == null) {
			return "invalid reading: stationId, districtId, time, pollutant and receivedAt are required";
		}
		if (!Double.isFinite(r.value()) || r.value() < 0) {
			return "invalid reading: value must be a finite concentration ≥ 0, was " + r.value();
		}
		if (r.unit() != null && r.unit() != r.pollutant().canonicalUnit()) {
			return "invalid reading: " + r.pollutant() + " must be in its canonical unit, was " + r.unit();
		}
		return null;
	}

}
