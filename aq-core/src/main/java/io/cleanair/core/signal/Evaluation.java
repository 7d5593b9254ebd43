package io.cleanair.core.signal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.cleanair.core.event.AlertSignal;

/**
 * What a rule found about the subjects it looked at: the deduplication keys it was able
 * to judge ({@code checked}) and the conditions that hold among them. A key that was
 * checked and does not hold has cleared; a key that was not checked (too little data)
 * keeps whatever state it had.
 */
public record Evaluation(Set<String> checked, List<AlertSignal> holding) {

	public Evaluation {
		Set<String> keys = new LinkedHashSet<>(checked);
		holding.forEach(s -> keys.add(s.deduplicationKey()));
		checked = Set.copyOf(keys);
		holding = List.copyOf(holding);
	}

	public static Evaluation none() {
		return new Evaluation(Set.of(), List.of());
	}

	/** One subject: judged as {@code key}; holding when {@code signal} is present. */
	public static Evaluation of(String key, Optional<AlertSignal> signal) {
		return new Evaluation(Set.of(key), signal.stream().toList());
	}

	/**
	 * Opens a condition when present but never clears one (e.g. a certainty that is not
	 * yet reached).
	 */
	public static Evaluation openOnly(Optional<AlertSignal> signal) {
		return new Evaluation(Set.of(), signal.stream().toList());
	}

	public Evaluation plus(Evaluation other) {
		Set<String> keys = new LinkedHashSet<>(checked);
		keys.addAll(other.checked);
		List<AlertSignal> signals = new ArrayList<>(holding);
		signals.addAll(other.holding);
		return new Evaluation(keys, signals);
	}
}
