package io.cleanair.ingest.reading;

import java.util.HashMap;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * The intake's figures: readings accepted, rejected by reason, flagged by their sender;
 * batch sizes.
 */
@Component
class IntakeMetrics {

	private final MeterRegistry meters;

	private final Counter accepted;

	private final Counter flagged;

	private final DistributionSummary batchSize;

	IntakeMetrics(MeterRegistry meters) {
		this.meters = meters;
		this.accepted = Counter.builder("aq.ingest.readings.accepted")
			.description("Readings acknowledged by Kafka")
			.register(meters);
		this.flagged = Counter.builder("aq.ingest.readings.flagged")
			.description("Accepted readings with a flag of their sender's")
			.register(meters);
		this.batchSize = DistributionSummary.builder("aq.ingest.batch.size")
			.description("Readings per request")
			.register(meters);
	}

	void received(int readings) {
		batchSize.record(readings);
	}

	void published(IntakeResult result) {
		accepted.increment(result.accepted().size());
		flagged.increment(result.flagged());
		// one counter look-up per reason in the batch, not per rejected reading
		Map<String, Long> byReason = new HashMap<>();
		for (Rejection r : result.rejected()) {
			byReason.merge(r.code(), 1L, Long::sum);
		}
		byReason.forEach((reason, count) -> Counter.builder("aq.ingest.readings.rejected")
			.description("Readings rejected, by reason")
			.tag("reason", reason)
			.register(meters)
			.increment(count));
	}

}
