package io.cleanair.core.assessment;

import io.cleanair.core.aqi.Indicator;
import io.cleanair.core.aqi.IndicatorValues;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The valid daily statistics of one station or district on one day, keyed by the
 * daily-report indicator (docs/standards.md §1.6): X_24H = 24-hour mean, O3_1H = daily
 * maximum 1-hour value, O3_8H = MDA8. Canonical units, unrounded. An indicator is absent
 * when its statistic is not valid. {@code excluded} lists the hourly values the
 * statistics did not use (or refused as the ground of an exceedance exception), and why.
 */
public record DailyConcentrations(LocalDate day, Map<Indicator, Double> values, List<ExcludedValue> excluded) {

	/**
	 * Doubles are cleaned to 9 decimals before the exact index arithmetic: inputs carry
	 * at most 3 decimals, so a true mean is either exactly on a rounding boundary or ≥
	 * 1e-6 away from it, while floating-point noise is ~1e-13 (docs/standards.md §0
	 * "Arithmetic").
	 */
	private static final int EXACT_SCALE = 9;

	public DailyConcentrations {
		EnumMap<Indicator, Double> copy = new EnumMap<>(Indicator.class);
		copy.putAll(values);
		values = Collections.unmodifiableMap(copy);
		excluded = List.copyOf(excluded);
	}

	/** Statistics that left no value out. */
	public DailyConcentrations(LocalDate day, Map<Indicator, Double> values) {
		this(day, values, List.of());
	}

	public OptionalDouble value(Indicator indicator) {
		Double v = values.get(indicator);
		return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
	}

	public boolean has(Indicator indicator) {
		return values.containsKey(indicator);
	}

	/**
	 * The values as the AQI standards take them: exact decimals, canonical units,
	 * unrounded.
	 */
	public IndicatorValues toIndicatorValues() {
		Map<Indicator, BigDecimal> decimals = new EnumMap<>(Indicator.class);
		values.forEach((indicator, v) -> decimals.put(indicator, exact(v)));
		return new IndicatorValues(decimals);
	}

	static BigDecimal exact(double value) {
		return new BigDecimal(value).setScale(EXACT_SCALE, RoundingMode.HALF_EVEN).stripTrailingZeros();
	}
}
