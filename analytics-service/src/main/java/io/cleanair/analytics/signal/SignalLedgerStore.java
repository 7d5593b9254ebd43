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
 * that cleared.
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
		open.open(r.opened());
		open.close(r.recovered().stream().map(AlertSignal::deduplicationKey).toList());
		return r.toPublish();
	}

}
