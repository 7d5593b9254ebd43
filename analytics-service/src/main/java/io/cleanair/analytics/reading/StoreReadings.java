package io.cleanair.analytics.reading;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.cleanair.analytics.daily.DailyResultPublisher;
import io.cleanair.analytics.daily.DailyResults;
import io.cleanair.analytics.signal.ArrivalSignals;
import io.cleanair.analytics.signal.SignalLedgerStore;
import io.cleanair.analytics.signal.SignalPublisher;
import io.cleanair.core.event.AlertSignal;
import io.cleanair.core.event.ReadingReceived;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One batch, one transaction: store the readings, recompute what they changed, evaluate the signal rules,
 * and publish the changed days and the signals — acknowledged by the broker before the transaction
 * commits, so a failure anywhere rolls back and the redelivered batch does it all again (at least once);
 * a batch that changes nothing publishes nothing.
 */
@Service
class StoreReadings {

	private final ReadingRepository repository;

	private final DailyResults dailyResults;

	private final ArrivalSignals arrivalSignals;

	private final SignalLedgerStore ledger;

	private final DailyResultPublisher dailyPublisher;

	private final SignalPublisher signals;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final Timer batchTimer;

	StoreReadings(ReadingRepository repository, DailyResults dailyResults, ArrivalSignals arrivalSignals,
			SignalLedgerStore ledger, DailyResultPublisher dailyPublisher, SignalPublisher signals,
			TransactionTemplate transaction, Clock clock, MeterRegistry meters) {
		this.repository = repository;
		this.dailyResults = dailyResults;
		this.arrivalSignals = arrivalSignals;
		this.ledger = ledger;
		this.dailyPublisher = dailyPublisher;
		this.signals = signals;
		this.transaction = transaction;
		this.clock = clock;
		this.batchTimer = Timer.builder("aq.analytics.batch").description("store and recompute one batch of readings")
			.register(meters);
	}

	void store(List<ReadingReceived> readings) {
		if (readings.isEmpty()) {
			return;
		}
		batchTimer.record(() -> transaction.executeWithoutResult(status -> {
			Instant now = clock.instant();
			DailyResults.Recomputation recomputed = dailyResults.recompute(repository.upsert(readings));
			List<AlertSignal> raised = ledger.apply(arrivalSignals.evaluate(recomputed, now), now);
			dailyPublisher.publish(recomputed.changed(), now);
			signals.publish(raised);
		}));
	}
}
