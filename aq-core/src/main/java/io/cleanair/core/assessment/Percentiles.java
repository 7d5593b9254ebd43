package io.cleanair.core.assessment;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * HJ 663-2013 Appendix A percentile (docs/standards.md §2.5), in exact decimal
 * arithmetic: sort ascending X(1)…X(n); k = 1 + (n − 1)·p/100; s = ⌊k⌋; mₚ = X(s) +
 * (X(s+1) − X(s))·(k − s); mₚ = X(n) when s = n. Same as numpy "linear" and Excel
 * PERCENTILE.INC.
 */
public final class Percentiles {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private Percentiles() {
	}

	/** The p-th percentile (0 ≤ p ≤ 100) of the values; empty when there are none. */
	public static Optional<BigDecimal> percentile(Collection<BigDecimal> values, BigDecimal p) {
		if (p.signum() < 0 || p.compareTo(HUNDRED) > 0) {
			throw new IllegalArgumentException("percentile out of range: " + p);
		}
		if (values.isEmpty()) {
			return Optional.empty();
		}
		List<BigDecimal> sorted = new ArrayList<>(values);
		sorted.sort(null);
		int n = sorted.size();
		BigDecimal k = BigDecimal.ONE
			.add(BigDecimal.valueOf(n - 1L).multiply(p).divide(HUNDRED, MathContext.DECIMAL128));
		int s = k.intValue();
		BigDecimal xs = sorted.get(s - 1);
		if (s >= n) {
			return Optional.of(xs);
		}
		BigDecimal fraction = k.subtract(BigDecimal.valueOf(s));
		return Optional.of(xs.add(sorted.get(s).subtract(xs).multiply(fraction)).stripTrailingZeros());
	}

	public static Optional<BigDecimal> percentile(Collection<BigDecimal> values, int p) {
		return percentile(values, BigDecimal.valueOf(p));
	}

}
