package io.cleanair.core.pollutant;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The six criteria pollutants, with the canonical unit of the Chinese standards
 * (docs/standards.md §0).
 */
public enum Pollutant {

	PM2_5("PM2.5", ConcentrationUnit.UG_M3, null), PM10("PM10", ConcentrationUnit.UG_M3, null),
	SO2("SO2", ConcentrationUnit.UG_M3, new BigDecimal("64.066")),
	NO2("NO2", ConcentrationUnit.UG_M3, new BigDecimal("46.0055")),
	CO("CO", ConcentrationUnit.MG_M3, new BigDecimal("28.010")),
	O3("O3", ConcentrationUnit.UG_M3, new BigDecimal("47.997"));

	private final String displayName;

	private final ConcentrationUnit canonicalUnit;

	private final BigDecimal molecularWeight;

	Pollutant(String displayName, ConcentrationUnit canonicalUnit, BigDecimal molecularWeight) {
		this.displayName = displayName;
		this.canonicalUnit = canonicalUnit;
		this.molecularWeight = molecularWeight;
	}

	/** µg/m³, except CO in mg/m³ (GB 3095). */
	public ConcentrationUnit canonicalUnit() {
		return canonicalUnit;
	}

	/** Name as printed in reports, e.g. "PM2.5". */
	public String displayName() {
		return displayName;
	}

	/** Molecular weight in g/mol; empty for particulate matter. */
	public Optional<BigDecimal> molecularWeight() {
		return Optional.ofNullable(molecularWeight);
	}

	public boolean isGas() {
		return molecularWeight != null;
	}

	/**
	 * Accepts the enum name ("PM2_5") or the display name ("PM2.5"), case-insensitive.
	 */
	public static Pollutant parse(String s) {
		for (Pollutant p : values()) {
			if (p.name().equalsIgnoreCase(s.trim()) || p.displayName.equalsIgnoreCase(s.trim())) {
				return p;
			}
		}
		throw new IllegalArgumentException(
				"Unknown pollutant '" + s + "'; expected one of PM2.5, PM10, SO2, NO2, CO, O3");
	}

}
