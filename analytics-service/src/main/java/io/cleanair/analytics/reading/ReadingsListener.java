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
 * Thin edge: takes a batch of readings off a lane, current readings or history (consumers
 * of its own: {@link Lane}), and hands it to {@link StoreReadings}. Each lane is two
 * topics: {@code aq.readings.v2} / {@code aq.readings-backfill.v2} in the compact
 * encoding, and {@code aq.readings.v1} / {@code aq.readings-backfill.v1} in JSON, where
 * ingests older than the compact encoding published; one consumer group per lane, as
 * before, so the {@code .v1} topics go on from their committed offsets until drained
 * ({@code io.cleanair.analytics.config.ReadingEncodings} reads each in its encoding).
 * Offsets are committed only after the batch's database work committed. A record that
 * cannot be read or is invalid is named to the error handler, which sends it to the
 * dead-letter topic of its topic with the reason and processes the rest of the batch.
 */
@Component
class ReadingsListener {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ReadingsListener.class);

	private final StoreReadings storeReadings;

	ReadingsListener(StoreReadings storeReadings) {
		this.storeReadings = storeReadings;
	}

	@KafkaListener(id = "readings", topics = { "${aq.topics.readings}", "${aq.topics.readings-v1}" }, batch = "true",
			concurrency = "${aq.readings-consumers}")
	void onReadings(List<ConsumerRecord<String, ReadingReceived>> records) {
		take(records, Lane.LIVE);
	}

	@KafkaListener(id = "readings-backfill",
			topics = { "${aq.topics.readings-backfill}", "${aq.topics.readings-backfill-v1}" }, batch = "true",
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
			return "unreadable reading: not a ReadingReceived in its topic's encoding (compact on .v2, JSON on .v1)";
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
