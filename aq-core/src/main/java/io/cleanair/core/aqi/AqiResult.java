package io.cleanair.core.aqi;

import io.cleanair.core.pollutant.Pollutant;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The outcome of one index assessment.
 *
 * @param ruleSet the concrete rule set that produced it ("hj633-2012", "hj633-2026",
 * "epa-2024", …)
 * @param period hourly or daily report
 * @param aqi the index; {@code null} when the rule set says NA (see {@code naReason})
 * @param category category of {@code aqi}; {@code null} exactly when {@code aqi} is
 * @param iaqi sub-index per indicator that counts towards the AQI (after over-range
 * rules)
 * @param concentrations the rounded (China) or truncated (US, in US units) values that
 * were looked up
 * @param primaryPollutants pollutant(s) with the largest sub-index; ties give all, in
 * enum order
 * @param exceedingPollutants pollutants with IAQI &gt; 100 (HJ 633-2012 only; always
 * empty otherwise)
 * @param complete whether every indicator the rule set uses for this period was present
 * @param missing indicators the rule set uses for this period that were absent
 * @param beyondIndex indicators above the last breakpoint (China: capped at 500; US 2024:
 * extrapolated)
 * @param naReason why {@code aqi} is NA, or {@code null}
 * @param notes over-range substitutions and other rules applied, one line each
 */
public record AqiResult(String ruleSet, ReportPeriod period, Integer aqi, Category category,
		Map<Indicator, Integer> iaqi, Map<Indicator, BigDecimal> concentrations, List<Pollutant> primaryPollutants,
		List<Pollutant> exceedingPollutants, boolean complete, Set<Indicator> missing, Set<Indicator> beyondIndex,
		String naReason, List<String> notes) {

	public AqiResult {
		if ((aqi == null) != (category == null)) {
			throw new IllegalArgumentException("aqi and category must both be present or both be NA");
		}
		iaqi = Collections.unmodifiableMap(copy(iaqi));
		concentrations = Collections.unmodifiableMap(copy(concentrations));
		primaryPollutants = List.copyOf(primaryPollutants);
		exceedingPollutants = List.copyOf(exceedingPollutants);
		missing = Collections
			.unmodifiableSet(missing.isEmpty() ? EnumSet.noneOf(Indicator.class) : EnumSet.copyOf(missing));
		beyondIndex = Collections
			.unmodifiableSet(beyondIndex.isEmpty() ? EnumSet.noneOf(Indicator.class) : EnumSet.copyOf(beyondIndex));
		notes = List.copyOf(notes);
	}

	/** True when the AQI (and so the category) is not available. */
	public boolean isNa() {
		return aqi == null;
	}

	public OptionalInt aqiValue() {
		return aqi == null ? OptionalInt.empty() : OptionalInt.of(aqi);
	}

	/**
	 * Sub-index of the pollutant: the largest over its indicators, if any was computed.
	 */
	public OptionalInt iaqiOf(Pollutant pollutant) {
		return iaqi.entrySet()
			.stream()
			.filter(e -> e.getKey().pollutant() == pollutant)
			.mapToInt(Map.Entry::getValue)
			.max();
	}

	private static <V> EnumMap<Indicator, V> copy(Map<Indicator, V> m) {
		EnumMap<Indicator, V> c = new EnumMap<>(Indicator.class);
		c.putAll(m);
		return c;
	}
}
