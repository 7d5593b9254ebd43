package io.cleanair.analytics.reading;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.cleanair.analytics.config.AnalyticsProperties;
import io.cleanair.analytics.daily.DailyResultOutbox;
import io.cleanair.analytics.daily.DailyResultRepository;
import io.cleanair.analytics.daily.DailyResults;
import io.cleanair.analytics.daily.StationDayKey;
import io.cleanair.analytics.daily.StoredDay;
import io.cleanair.analytics.daily.TouchedDays;
import io.cleanair.analytics.hour.StationHourPublisher;
import io.cleanair.analytics.signal.ArrivalSignals;
import io.cleanair.analytics.signal.HeldHours;
import io.cleanair.analytics.signal.SignalLedgerStore;
import io.cleanair.analytics.signal.SignalPublisher;
import io.cleanair.core.event.AlertSignal;
import io.cleanair.core.event.ReadingReceived;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One batch, one transaction: take the batch's stations' locks, run the series QC (spike,
 * stuck value) against the stored series, store the readings with their hourly values and
 * recompute the station-days they changed; then, one consumer at a time, recompute the
 * district and city days of those, evaluate the signal rules, and publish the signals and
 * station hours. A station-day's other hours come from the consumer's cache of recent
 * days ({@link RecentDays}) where it holds them, from the database otherwise; the cache
 * takes the batch's days once its transaction committed. The broker acknowledges those
 * before the transaction commits, so a failure anywhere rolls back and the redelivered
 * batch does it all again (at least once); the changed days go to the outbox in the same
 * transaction and are published once it committed ({@code DailyResultRelay}). A batch
 * that changes nothing publishes nothing. Backfill batches ({@link Lane#BACKFILL})
 * publish no real-time station hours: the portal and the hour-based rules want the last
 * hours, not years of history.
 * <p>
 * Each phase is timed ({@code aq.analytics.batch.phase}), so where a batch spends its
 * time can be read off {@code /actuator/prometheus}.
 */
@Service
class StoreReadings {

	private final ReadingRepository repository;

	private final DailyResults dailyResults;

	private final DailyResultRepository rollupLock;

	private final ArrivalSignals arrivalSignals;

	private final SignalLedgerStore ledger;

	private final DailyResultOutbox dailyOutbox;

	private final SignalPublisher signals;

	private final StationHourPublisher hourPublisher;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final Timer batchTimer;

	private final Phases phases;

	private final SeriesQc qc;

	private final RecentDays recentDays;

	private final ZoneId zone;

	StoreReadings(AnalyticsProperties properties, ReadingRepository repository, RecentDays recentDays,
			DailyResults dailyResults, DailyResultRepository rollupLock, ArrivalSignals arrivalSignals,
			SignalLedgerStore ledger, DailyResultOutbox dailyOutbox, SignalPublisher signals,
			StationHourPublisher hourPublisher, TransactionTemplate transaction, Clock clock, MeterRegistry meters) {
		this.repository = repository;
		this.recentDays = recentDays;
		this.zone = properties.zone();
		this.dailyResults = dailyResults;
		this.rollupLock = rollupLock;
		this.arrivalSignals = arrivalSignals;
		this.ledger = ledger;
		this.dailyOutbox = dailyOutbox;
		this.signals = signals;
		this.hourPublisher = hourPublisher;
		this.transaction = transaction;
		this.clock = clock;
		this.batchTimer = Timer.builder("aq.analytics.batch")
			.description("store and recompute one batch of readings")
			.register(meters);
		this.phases = new Phases(meters);
		this.qc = new SeriesQc(properties.qc().rules());
	}

	void store(List<ReadingReceived> readings) {
		store(readings, Lane.LIVE);
	}

	void store(List<ReadingReceived> received, Lane lane) {
		if (received.isEmpty()) {
			return;
		}
		batchTimer.record(() -> {
			long[] commitStart = new long[1];
			// history never uses the cache: only current readings' consumers own recent
			// days
			HeldDays held = new HeldDays(lane == Lane.LIVE);
			transaction.executeWithoutResult(status -> {
				Instant now = clock.instant();
				List<ReadingReceived> readings = phases.qc.record(() -> checked(received));
				TouchedDays touched = phases.readings.record(() -> {
					TouchedDays all = TouchedDays.NONE;
					for (List<ReadingReceived> round : Corrections.rounds(readings)) {
						ReadingRepository.StoredDays stored = repository.store(round, held.find(daysOf(round)));
						held.hold(stored.days());
						all = all.then(stored.touched());
					}
					return all;
				});
				List<StoredDay> stationDays = phases.days.record(() -> dailyResults.stationDays(touched));
				phases.lock.record(() -> rollupLock.lockRollups(DailyResults.daysOf(stationDays)));
				DailyResults.Recomputation recomputed = phases.rollups
					.record(() -> dailyResults.rollUp(touched, stationDays));
				dailyOutbox.add(recomputed.changed(), now);
				CompletableFuture<Void> hours = lane == Lane.LIVE ? hourPublisher.send(touched, readings, now)
						: CompletableFuture.completedFuture(null);
				List<AlertSignal> raised = phases.signals.record((Supplier<List<AlertSignal>>) () -> ledger
					.apply(arrivalSignals.evaluate(recomputed, held, now), now));
				phases.publish.record(() -> {
					signals.publish(raised);
					hours.join();
				});
				commitStart[0] = System.nanoTime();
			});
			phases.commit.record(System.nanoTime() - commitStart[0], TimeUnit.NANOSECONDS);
			if (held.cached) {
				recentDays.keep(held.changed);
			}
		});
	}

	/** The station-days the readings fall on, in the service's zone. */
	private Set<StationDayKey> daysOf(List<ReadingReceived> readings) {
		Set<StationDayKey> days = new HashSet<>();
		for (ReadingReceived r : readings) {
			days.add(new StationDayKey(r.stationId(), r.time().atZone(zone).toLocalDate()));
		}
		return days;
	}

	/**
	 * The days of one batch: those the recent-days cache held, then as the batch's rounds
	 * changed them (uncommitted until the transaction is).
	 */
	private final class HeldDays implements HeldHours {

		private final Map<StationDayKey, DayRows> changed = new HashMap<>();

		private final boolean cached;

		HeldDays(boolean cached) {
			this.cached = cached;
		}

		Map<StationDayKey, DayRows> find(Set<StationDayKey> days) {
			Map<StationDayKey, DayRows> found = cached ? recentDays.find(days) : new HashMap<>();
			for (StationDayKey day : days) {
				DayRows rows = changed.get(day);
				if (rows != null) {
					found.put(day, rows);
				}
			}
			return found;
		}

		void hold(Map<StationDayKey, DayRows> days) {
			changed.putAll(days);
		}

		@Override
		public Day day(String stationId, LocalDate day) {
			StationDayKey key = new StationDayKey(stationId, day);
			DayRows rows = changed.get(key);
			return rows != null || !cached ? rows : recentDays.find(key);
		}

	}

	/** The batch with the series QC's flags, its stations locked for the transaction. */
	private List<ReadingReceived> checked(List<ReadingReceived> readings) {
		repository.lockStations(readings.stream().map(ReadingReceived::stationId).distinct().toList());
		return qc.mark(readings, repository.recentValues(qc.spans(readings)));
	}

	/** Timers of a batch's phases (thread-safe: consumers share them). */
	private static final class Phases {

		final Timer qc;

		final Timer readings;

		final Timer days;

		final Timer lock;

		final Timer rollups;

		final Timer signals;

		final Timer publish;

		final Timer commit;

		Phases(MeterRegistry meters) {
			qc = phase(meters, "qc",
					"lock the batch's stations, read their recent values, run the spike and stuck checks");
			readings = phase(meters, "readings",
					"store readings, recompute hourly values, read the touched days' hours");
			days = phase(meters, "days", "assess and store station days");
			lock = phase(meters, "lock", "wait for other consumers' district and city rollups to commit");
			rollups = phase(meters, "rollups", "recompute and store district and city days");
			signals = phase(meters, "signals", "evaluate the signal rules and update the open conditions");
			publish = phase(meters, "publish", "wait for the broker to acknowledge signals and station hours");
			commit = phase(meters, "commit", "commit the batch's transaction");
		}

		private static Timer phase(MeterRegistry meters, String name, String description) {
			return Timer.builder("aq.analytics.batch.phase")
				.tag("phase", name)
				.description(description)
				.register(meters);
		}

	}

}
