package io.cleanair.core.pollutant;

public final class UnitConversion {

	private UnitConversion() {
	}

	public static double toCanonical(Pollutant p, double value, ConcentrationUnit from) {
		if (from == p.canonicalUnit()) {
			return value;
		}
		if (p == Pollutant.CO && from == ConcentrationUnit.UG_M3) {
			return value / 1000;
		}
		if (p != Pollutant.CO && from == ConcentrationUnit.MG_M3) {
			return value * 1000;
		}
		throw new IllegalArgumentException(from + " is not convertible for " + p);
	}

}
