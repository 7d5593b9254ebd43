package io.cleanair.analytics.reading;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.cleanair.analytics.config.AnalyticsProperties;
import io.cleanair.analytics.signal.SignalPublisher;
import io.cleanair.core.event.AlertSignal;
import io.cleanair.core.event.ReadingReceived;
import io.cleanair.core.pollutant.Pollutant;
import io.cleanair.core.signal.HeavyPollutionRule;
import io.cleanair.core.signal.StationDaySoFar;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Stores a batch of readings, then evaluates the station-days it touched and publishes any signal. */
@Service
class StoreReadings {

	private final ReadingRepository repository;

	private final TransactionTemplate transaction;

	private final SignalPublisher signals;

	private final ZoneId zone;

	private final Clock clock;

	private final HeavyPollutionRule heavyPollution = new HeavyPollutionRule();

	StoreReadings(ReadingRepository repository, TransactionTemplate transaction, SignalPublisher signals,
			AnalyticsProperties properties, Clock clock) {
		this.repository = repository;
		this.transaction = transaction;
		this.signals = signals;
		this.zone = properties.zone();
		this.clock = clock;
	}

	void store(List<ReadingReceived> readings) {
		List<AlertSignal> raised = transaction.execute(status -> {
			repository.upsert(readings);
			return touchedDays(readings).stream().map(this::evaluate).flatMap(Optional::stream).toList();
		});
		signals.publish(raised);
	}

	private Set<DayKey> touchedDays(List<ReadingReceived> readings) {
		Set<DayKey> days = new LinkedHashSet<>();
		for (ReadingReceived r : readings) {
			days.add(new DayKey(r.stationId(), r.districtId(), LocalDate.ofInstant(r.time(), zone)));
		}
		return days;
	}

	private Optional<AlertSignal> evaluate(DayKey key) {
		Instant from = key.date().atStartOfDay(zone).toInstant();
		Instant to = key.date().plusDays(1).atStartOfDay(zone).toInstant();
		Map<Pollutant, StationDaySoFar.HourlySum> sums = new EnumMap<>(Pollutant.class);
		for (Pollutant pollutant : Pollutant.values()) {
			ReadingRepository.ValueSum sum = repository.sum(key.stationId(), pollutant, from, to);
			if (sum.count() > 0) {
				sums.put(pollutant, new StationDaySoFar.HourlySum(sum.sum(), sum.count()));
			}
		}
		return heavyPollution.evaluate(new StationDaySoFar(key.stationId(), key.districtId(), key.date(), sums),
				clock.instant());
	}

	private record DayKey(String stationId, String districtId, LocalDate date) {
	}
}
