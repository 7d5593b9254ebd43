package io.cleanair.core.pollutant;

import java.util.Locale;

public enum ConcentrationUnit {

	UG_M3, MG_M3, PPB, PPM;

	public static ConcentrationUnit parse(String text) {
		String t = text.trim().toLowerCase(Locale.ROOT).replace('µ', 'u').replace('μ', 'u').replace('³', '3');
		return switch (t) {
			case "ug/m3" -> UG_M3;
			case "mg/m3" -> MG_M3;
			case "ppb" -> PPB;
			case "ppm" -> PPM;
			default -> throw new IllegalArgumentException("unknown unit '" + text + "'");
		};
	}

}
