package io.cleanair.core.aqi;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * One row of a breakpoint table: concentrations BP_Lo…BP_Hi map linearly to index
 * I_Lo…I_Hi.
 */
public record Segment(BigDecimal concentrationLow, BigDecimal concentrationHigh, int indexLow, int indexHigh) {

	/**
	 * Enough digits that a non-integer quotient of these small rationals is never
	 * mistaken for an integer.
	 */
	static final MathContext EXACT = MathContext.DECIMAL128;

	public Segment {
		if (concentrationHigh.compareTo(concentrationLow) <= 0 || indexHigh <= indexLow) {
			throw new IllegalArgumentException("segment must increase: " + concentrationLow + ".." + concentrationHigh);
		}
	}

	public boolean contains(BigDecimal c) {
		return c.compareTo(concentrationLow) >= 0 && c.compareTo(concentrationHigh) <= 0;
	}

	/**
	 * HJ 633-2012 §6.1 / EPA TAD eq. 1: (I_Hi − I_Lo)/(BP_Hi − BP_Lo) × (C − BP_Lo) +
	 * I_Lo, exact.
	 */
	public BigDecimal interpolate(BigDecimal c) {
		BigDecimal rise = BigDecimal.valueOf((long) indexHigh - indexLow).multiply(c.subtract(concentrationLow));
		return rise.divide(concentrationHigh.subtract(concentrationLow), EXACT)
			.add(BigDecimal.valueOf(indexLow))
			.stripTrailingZeros();
	}
}
