package io.cleanair.core.pollutant;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Rounds a concentration before the Chinese index lookup (HJ 633-2026 §4.2.2, GB/T 8170):
 * round half to even on the exact decimal, µg/m³ to an integer and CO (mg/m³) to 0.1.
 * Applied to 2012-era data too.
 */
public final class ConcentrationRounding {

	private ConcentrationRounding() {
	}

	/** {@code canonicalValue} is in the pollutant's canonical unit. */
	public static BigDecimal forIndex(Pollutant p, BigDecimal canonicalValue) {
		return canonicalValue.setScale(decimals(p), RoundingMode.HALF_EVEN);
	}

	/** Decimal places kept: 1 for CO in mg/m³, 0 for the others in µg/m³. */
	public static int decimals(Pollutant p) {
		return p == Pollutant.CO ? 1 : 0;
	}

}
