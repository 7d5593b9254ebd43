package io.cleanair.core.pollutant;

import java.util.Locale;

/** Concentration units: mass per volume or mixing ratio by volume. */
public enum ConcentrationUnit {

	UG_M3("µg/m³", true), MG_M3("mg/m³", true), PPB("ppb", false), PPM("ppm", false);

	private final String symbol;

	private final boolean massPerVolume;

	ConcentrationUnit(String symbol, boolean massPerVolume) {
		this.symbol = symbol;
		this.massPerVolume = massPerVolume;
	}

	public String symbol() {
		return symbol;
	}

	public boolean isMassPerVolume() {
		return massPerVolume;
	}

	/**
	 * Accepts "ug/m3", "µg/m³", "μg/m3" (micro sign or Greek mu), "mg/m3", "ppb", "ppm",
	 * case-insensitive.
	 */
	public static ConcentrationUnit parse(String s) {
		if (s == null) {
			throw new IllegalArgumentException("Concentration unit is missing; expected ug/m3, mg/m3, ppb or ppm");
		}
		String n = s.trim()
			.toLowerCase(Locale.ROOT)
			.replace('\u00b5', 'u') // micro sign
			.replace('\u03bc', 'u') // Greek small mu
			.replace('\u00b3', '3'); // superscript three
		switch (n) {
			case "ug/m3":
				return UG_M3;
			case "mg/m3":
				return MG_M3;
			case "ppb":
				return PPB;
			case "ppm":
				return PPM;
			default:
				throw new IllegalArgumentException(
						"Unknown concentration unit '" + s + "'; expected ug/m3, µg/m³, mg/m3, ppb or ppm");
		}
	}

	@Override
	public String toString() {
		return symbol;
	}

}
