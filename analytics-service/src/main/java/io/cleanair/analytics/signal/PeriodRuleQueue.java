package io.cleanair.analytics.signal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Districts whose recent days changed and whose period rules (target at risk,
 * year-over-year rebound, ranking bottom) are due, with the latest changed day of each.
 * Consumers mark them when batches commit; {@link SignalSchedules#checkPeriodRules()}
 * takes them every {@code aq.signals.period-check}. Month and year to date move slowly,
 * so judging them once per check instead of once per batch changes nothing an official
 * would notice, and keeps a batch from reading a year of daily results per district.
 * <p>
 * The marks live in memory: after a crash the next reading of the district marks it
 * again, and the day-close run judges every district with results the day before.
 */
@Component
public class PeriodRuleQueue {

	private final Map<String, LocalDate> due = new ConcurrentHashMap<>();

	/**
	 * Marks the districts once the current transaction commits (at once without one): a
	 * check running before the commit would judge the days without the batch and take the
	 * mark.
	 */
	public void markAfterCommit(Collection<String> districts, LocalDate day) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			mark(districts, day);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				mark(districts, day);
			}
		});
	}

	void mark(Collection<String> districts, LocalDate day) {
		districts.forEach(d -> due.merge(d, day, (a, b) -> a.isAfter(b) ? a : b));
	}

	/**
	 * Takes every due district and its latest day; put them back with {@code mark} if the
	 * check fails.
	 */
	Map<String, LocalDate> take() {
		Map<String, LocalDate> taken = new java.util.HashMap<>();
		for (String district : due.keySet()) {
			LocalDate day = due.remove(district);
			if (day != null) {
				taken.put(district, day);
			}
		}
		return taken;
	}

}
