package io.cleanair.bench;

import java.util.Locale;

/** Our figure against a reference measured in the same run. */
record Ratio(double ours, double reference) {

	/** ours / reference; NaN when the reference was not measured. */
	double value() {
		return reference > 0 && Double.isFinite(reference) ? ours / reference : Double.NaN;
	}

	/** For example {@code 0.42 x raw COPY (12,000 vs 28,571 readings/s)}. */
	String describe(String against) {
		if (Double.isNaN(value())) {
			return "n/a against " + against + " (not measured)";
		}
		return String.format(Locale.ROOT, "%.2f x %s (%,.0f vs %,.0f readings/s)", value(), against, ours, reference);
	}
}
