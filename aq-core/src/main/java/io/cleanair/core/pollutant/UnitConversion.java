package io.cleanair.core.pollutant;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Explicit conversions between concentration units at the reference state of GB 3095
 * (2018 amendment): gases at 298.15 K and 1013.25 hPa, where µg/m³ = ppb × MW / 24.45
 * (docs/standards.md §0). Particulate matter has no molecular weight and converts only
 * between µg/m³ and mg/m³.
 */
public final class UnitConversion {

	/** Molar volume of an ideal gas at 298.15 K and 1013.25 hPa, litres per mole. */
	public static final BigDecimal MOLAR_VOLUME_L = new BigDecimal("24.45");

	private static final MathContext MC = MathContext.DECIMAL64;

	private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

	private UnitConversion() {
	}

	/** Converts to the pollutant's canonical unit (µg/m³; CO mg/m³). */
	public static BigDecimal toCanonical(Pollutant p, BigDecimal value, ConcentrationUnit from) {
		return convert(p, value, from, p.canonicalUnit());
	}

	public static double toCanonical(Pollutant p, double value, ConcentrationUnit from) {
		return toCanonical(p, BigDecimal.valueOf(value), from).doubleValue();
	}

	/** Converts from the pollutant's canonical unit to {@code to}. */
	public static BigDecimal fromCanonical(Pollutant p, BigDecimal canonicalValue, ConcentrationUnit to) {
		return convert(p, canonicalValue, p.canonicalUnit(), to);
	}

	/**
	 * Converts between any two units; exact for unit prefixes,
	 * {@link MathContext#DECIMAL64} across the molar volume. Throws
	 * {@link IllegalArgumentException} for a mixing ratio of particulate matter.
	 */
	public static BigDecimal convert(Pollutant p, BigDecimal value, ConcentrationUnit from, ConcentrationUnit to) {
		if (from == to) {
			return value;
		}
		if (from.isMassPerVolume() != to.isMassPerVolume() && !p.isGas()) {
			throw new IllegalArgumentException(
					p.displayName() + " is particulate matter: cannot convert " + from + " to " + to);
		}
		BigDecimal ugm3 = toMicrogramsPerCubicMetre(p, value, from);
		return fromMicrogramsPerCubicMetre(p, ugm3, to);
	}

	private static BigDecimal toMicrogramsPerCubicMetre(Pollutant p, BigDecimal v, ConcentrationUnit u) {
		switch (u) {
			case UG_M3:
				return v;
			case MG_M3:
				return v.multiply(THOUSAND);
			case PPB:
				return v.multiply(weight(p)).divide(MOLAR_VOLUME_L, MC);
			case PPM:
				return v.multiply(THOUSAND).multiply(weight(p)).divide(MOLAR_VOLUME_L, MC);
			default:
				throw new IllegalStateException(u.name());
		}
	}

	private static BigDecimal fromMicrogramsPerCubicMetre(Pollutant p, BigDecimal ugm3, ConcentrationUnit u) {
		switch (u) {
			case UG_M3:
				return ugm3;
			case MG_M3:
				return ugm3.divide(THOUSAND);
			case PPB:
				return ugm3.multiply(MOLAR_VOLUME_L).divide(weight(p), MC);
			case PPM:
				return ugm3.multiply(MOLAR_VOLUME_L).divide(weight(p), MC).divide(THOUSAND);
			default:
				throw new IllegalStateException(u.name());
		}
	}

	private static BigDecimal weight(Pollutant p) {
		return p.molecularWeight()
			.orElseThrow(() -> new IllegalArgumentException(
					p.displayName() + " has no molecular weight: ppb/ppm do not apply"));
	}

}
