package io.cleanair.analytics.signal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import io.cleanair.analytics.config.AnalyticsProperties;
import io.cleanair.analytics.daily.DailyResultRepository;
import io.cleanair.analytics.station.StationRepository;
import io.cleanair.core.event.AlertSignal;
import io.cleanair.core.signal.Evaluation;
import io.cleanair.core.signal.StationSilentRule;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rules that run on the clock: silent stations (every minute by default), the period
 * rules of districts whose recent days changed (every 15 seconds by default), and the
 * day-close run of the period rules.
 */
@Component
public class SignalSchedules {

	/** The run of {@code signal_run} that judges the period rules when a day closes. */
	static final String DAY_CLOSE = "day-close";

	private final StationRepository stations;

	private final DailyResultRepository results;

	private final PeriodSignals periodSignals;

	private final PeriodRuleQueue periodRules;

	private final SignalLedgerStore ledger;

	private final SignalPublisher publisher;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final AnalyticsProperties properties;

	private final StationSilentRule silent;

	SignalSchedules(StationRepository stations, DailyResultRepository results, PeriodSignals periodSignals,
			PeriodRuleQueue periodRules, SignalLedgerStore ledger, SignalPublisher publisher,
			TransactionTemplate transaction, Clock clock, AnalyticsProperties properties) {
		this.stations = stations;
		this.results = results;
		this.periodSignals = periodSignals;
		this.periodRules = periodRules;
		this.ledger = ledger;
		this.publisher = publisher;
		this.transaction = transaction;
		this.clock = clock;
		this.properties = properties;
		this.silent = new StationSilentRule(properties.signals().thresholds());
	}

	@Scheduled(fixedDelayString = "${aq.signals.silent-check}", initialDelayString = "${aq.signals.silent-check}")
	public void checkSilentStations() {
		Instant now = clock.instant();
		run(() -> stations.activity()
			.stream()
			.map(s -> silent.evaluate(s, now))
			.reduce(Evaluation.none(), Evaluation::plus), now);
	}

	/**
	 * When a day closes: the period rules for every district with results that day, by
	 * the one instance that claims the day's run.
	 */
	@Scheduled(cron = "${aq.signals.day-close}", zone = "${aq.zone}")
	public void closeDay() {
		Instant now = clock.instant();
		LocalDate yesterday = LocalDate.ofInstant(now, properties.zone()).minusDays(1);
		transaction.executeWithoutResult(status -> {
			if (periodRules.claimRun(DAY_CLOSE, yesterday, now)) {
				publish(periodSignals.districts(results.districtsWithResults(yesterday, yesterday), yesterday, now)
					.plus(periodSignals.ranking(yesterday, now)), now);
			}
		});
	}

	/**
	 * The period rules of the districts whose recent days changed since the last check,
	 * as of each one's latest changed day, and the ranking of the month of the latest of
	 * those days; one instance at a time, the marks taken in the transaction that
	 * publishes the signals.
	 */
	@Scheduled(fixedDelayString = "${aq.signals.period-check}", initialDelayString = "${aq.signals.period-check}")
	public void checkPeriodRules() {
		Instant now = clock.instant();
		transaction.executeWithoutResult(status -> {
			if (!periodRules.claimCheck()) {
				return;
			}
			Map<String, LocalDate> due = periodRules.take();
			if (due.isEmpty()) {
				return;
			}
			Evaluation e = Evaluation.none();
			for (Map.Entry<String, LocalDate> district : due.entrySet()) {
				e = e.plus(periodSignals.district(district.getKey(), district.getValue(), now));
			}
			publish(e.plus(periodSignals.ranking(Collections.max(due.values()), now)), now);
		});
	}

	private void run(java.util.function.Supplier<Evaluation> evaluation, Instant now) {
		transaction.executeWithoutResult(status -> publish(evaluation.get(), now));
	}

	/** In the caller's transaction: the signals the evaluation raises, published. */
	private void publish(Evaluation evaluation, Instant now) {
		List<AlertSignal> raised = ledger.apply(evaluation, now);
		publisher.publish(raised);
	}

}
