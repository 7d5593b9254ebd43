package io.cleanair.ingest.reading;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import io.cleanair.core.event.ReadingReceived;
import io.cleanair.ingest.station.StationRepository;
import io.cleanair.security.ApiPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * One batch from validation to acknowledgement: check each reading, mark revisions and suspicious values
 * against the ledger, publish, and only then record the readings in the ledger.
 */
@Service
class ReadingIntake {

	private static final Logger log = LoggerFactory.getLogger(ReadingIntake.class);

	private final StationRepository stations;

	private final ReadingLedger ledger;

	private final ReadingPublisher publisher;

	private final IntakeMetrics metrics;

	private final Clock clock;

	private final ReadingValidator validator;

	private final ReadingQc qc;

	ReadingIntake(StationRepository stations, ReadingLedger ledger, ReadingPublisher publisher, IntakeMetrics metrics,
			IntakeProperties properties, Clock clock) {
		this.stations = stations;
		this.ledger = ledger;
		this.publisher = publisher;
		this.metrics = metrics;
		this.clock = clock;
		this.validator = new ReadingValidator(properties.maxFutureSkew(), properties.maxAge());
		this.qc = new ReadingQc(properties.qc().rules(), properties.qc().lookback());
	}

	Mono<IntakeResult> intake(List<ReadingBatch.RawReading> readings, ApiPrincipal sender) {
		metrics.received(readings.size());
		return Mono.fromCallable(() -> prepare(readings, sender))
			.subscribeOn(Schedulers.boundedElastic())
			.flatMap(result -> publisher.publish(result.accepted()).thenReturn(result))
			.flatMap(result -> Mono.fromRunnable(() -> record(result.accepted()))
				.subscribeOn(Schedulers.boundedElastic())
				.thenReturn(result))
			.doOnNext(metrics::published);
	}

	private IntakeResult prepare(List<ReadingBatch.RawReading> readings, ApiPrincipal sender) {
		Set<String> ids = readings.stream()
			.filter(Objects::nonNull)
			.map(ReadingBatch.RawReading::stationId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		ReadingValidator.Validation validation = validator.validate(readings, stations.findAllById(ids),
				sender::covers, clock.instant());
		List<ReadingReceived> valid = validation.candidates().stream().map(ReadingValidator.Candidate::reading).toList();
		Map<ReadingLedger.SeriesKey, List<ReadingLedger.Entry>> history = ledger.history(qc.spans(valid));
		return new IntakeResult(qc.mark(valid, history), validation.rejected());
	}

	/**
	 * The readings are in Kafka already: a ledger failure must not turn the 202 into an error, it only
	 * costs the next correction its revision number and the QC some history.
	 */
	private void record(List<ReadingReceived> published) {
		try {
			ledger.record(published);
		}
		catch (RuntimeException e) {
			log.error("Published {} readings but could not record them in the ledger: {}", published.size(),
					e.getMessage(), e);
		}
	}
}
