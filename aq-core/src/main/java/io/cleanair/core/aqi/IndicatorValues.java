package io.cleanair.core.aqi;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Concentrations per indicator, in canonical units (µg/m³; CO mg/m³) and unrounded.
 * Absent = missing.
 */
public record IndicatorValues(Map<Indicator, BigDecimal> values) {

	public IndicatorValues {
		Objects.requireNonNull(values, "values");
		EnumMap<Indicator, BigDecimal> copy = new EnumMap<>(Indicator.class);
		values.forEach((k, v) -> copy.put(Objects.requireNonNull(k), Objects.requireNonNull(v, () -> "value of " + k)));
		values = Collections.unmodifiableMap(copy);
	}

	public static IndicatorValues empty() {
		return new IndicatorValues(Map.of());
	}

	public static IndicatorValues of(Map<Indicator, BigDecimal> values) {
		return new IndicatorValues(values);
	}

	public static IndicatorValues of(Indicator indicator, BigDecimal value) {
		return empty().with(indicator, value);
	}

	public static IndicatorValues of(Indicator indicator, String decimal) {
		return of(indicator, new BigDecimal(decimal));
	}

	public static Builder builder() {
		return new Builder();
	}

	/** A copy with {@code indicator} set to {@code value}. */
	public IndicatorValues with(Indicator indicator, BigDecimal value) {
		EnumMap<Indicator, BigDecimal> copy = new EnumMap<>(Indicator.class);
		copy.putAll(values);
		copy.put(indicator, value);
		return new IndicatorValues(copy);
	}

	public IndicatorValues with(Indicator indicator, String decimal) {
		return with(indicator, new BigDecimal(decimal));
	}

	public Optional<BigDecimal> get(Indicator indicator) {
		return Optional.ofNullable(values.get(indicator));
	}

	public boolean has(Indicator indicator) {
		return values.containsKey(indicator);
	}

	/** Mutable builder, for call sites assembling many indicators. */
	public static final class Builder {

		private final EnumMap<Indicator, BigDecimal> values = new EnumMap<>(Indicator.class);

		private Builder() {
		}

		public Builder put(Indicator indicator, BigDecimal value) {
			values.put(indicator, value);
			return this;
		}

		public Builder put(Indicator indicator, String decimal) {
			return put(indicator, new BigDecimal(decimal));
		}

		public Builder put(Indicator indicator, double value) {
			return put(indicator, BigDecimal.valueOf(value));
		}

		public IndicatorValues build() {
			return new IndicatorValues(values);
		}

	}
}
