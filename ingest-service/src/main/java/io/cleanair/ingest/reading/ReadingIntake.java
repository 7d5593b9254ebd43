package io.cleanair.ingest.reading;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.cleanair.core.event.ReadingReceived;
import io.cleanair.ingest.station.StationDirectory;
import io.cleanair.problems.Identifiers;
import io.cleanair.security.ApiPrincipal;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * One batch from validation to acknowledgement: check each reading against the station
 * registry (its in-memory copy, so that readings are taken while the database is down),
 * then publish the valid ones. Ingest keeps no per-reading state: revisions and the
 * series QC (spike, stuck value) are decided by analytics-service, where the readings are
 * stored.
 */
@Service
class ReadingIntake {

	private final StationDirectory stations;

	private final ReadingPublisher publisher;

	private final IntakeMetrics metrics;

	private final Clock clock;

	private final ReadingValidator validator;

	ReadingIntake(StationDirectory stations, ReadingPublisher publisher, IntakeMetrics metrics,
			IntakeProperties properties, Clock clock) {
		this.stations = stations;
		this.publisher = publisher;
		this.metrics = metrics;
		this.clock = clock;
		this.validator = new ReadingValidator(properties.maxFutureSkew(), properties.maxAge());
	}

	Mono<IntakeResult> intake(List<ReadingBatch.RawReading> readings, ApiPrincipal sender) {
		metrics.received(readings.size());
		return Mono.fromCallable(() -> prepare(readings, sender))
			.subscribeOn(Schedulers.boundedElastic())
			.flatMap(result -> publisher.publish(result.accepted()).thenReturn(result))
			.doOnNext(metrics::published);
	}

	private IntakeResult prepare(List<ReadingBatch.RawReading> readings, ApiPrincipal sender) {
		// the batch's distinct ids first: each is matched against the identifier rule
		// once
		Set<String> ids = new HashSet<>();
		for (ReadingBatch.RawReading reading : readings) {
			if (reading != null && reading.stationId() != null) {
				ids.add(reading.stationId());
			}
		}
		ids.removeIf(id -> !Identifiers.isIdentifier(id));
		StationDirectory.Lookup lookup = stations.find(ids);
		ReadingValidator.Validation validation = validator.validate(readings, lookup.found(), lookup.unconfirmed(),
				sender::covers, clock.instant());
		List<ReadingReceived> valid = validation.candidates()
			.stream()
			.map(ReadingValidator.Candidate::reading)
			.toList();
		return new IntakeResult(valid, validation.rejected());
	}

}
