package io.cleanair.analytics.signal;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.cleanair.core.event.AlertSignal;
import io.cleanair.core.signal.Evaluation;
import io.cleanair.core.signal.SignalLedger;
import org.springframework.stereotype.Component;

/**
 * Applies an evaluation to the stored open conditions (in the caller's transaction) and
 * returns the signals to publish: newly holding conditions once, and RECOVERED for those
 * that cleared. Once whatever the number of instances: a condition is said by the
 * transaction whose row claimed it (opened, or closed), so two instances judging the same
 * district at the same moment (the day-close run, the ranking) publish it once.
 */
@Component
public class SignalLedgerStore {

	private final OpenSignalRepository open;

	SignalLedgerStore(OpenSignalRepository open) {
		this.open = open;
	}

	public List<AlertSignal> apply(Evaluation evaluation, Instant now) {
		Set<String> keys = new LinkedHashSet<>(evaluation.checked());
		evaluation.holding().forEach(s -> keys.add(s.deduplicationKey()));
		SignalLedger.Reconciliation r = SignalLedger.reconcile(evaluation, open.find(keys), now);
		Set<String> claimed = open.open(r.opened());
		Set<String> closed = open.close(r.recovered().stream().map(AlertSignal::deduplicationKey).toList());
		return r.toPublish()
			.stream()
			.filter(s -> claimed.contains(s.deduplicationKey()) || closed.contains(s.deduplicationKey()))
			.toList();
	}

}
