package io.cleanair.core.aqi;

import io.cleanair.core.pollutant.Pollutant;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * EPA NowCast for PM2.5 and PM10 (docs/standards.md §3.5): weight w = clamp(1 − (c_max −
 * c_min)/c_max, 0.5, 1) over the valid hours of the last 12, NowCast = Σ wⁱ⁻¹cᵢ / Σ wⁱ⁻¹;
 * valid when ≥ 2 of the 3 newest hours are valid.
 */
public final class NowCast {

	public static final int HOURS = 12;

	public static final int RECENT_HOURS = 3;

	public static final int MIN_VALID_RECENT = 2;

	public static final BigDecimal MIN_WEIGHT = new BigDecimal("0.5");

	private static final MathContext MC = MathContext.DECIMAL64;

	private NowCast() {
	}

	/**
	 * Untruncated NowCast of hourly values, newest first ({@code null} = missing; only
	 * the first 12 count); empty when fewer than 2 of the 3 newest hours are valid.
	 */
	public static Optional<BigDecimal> compute(List<BigDecimal> hourlyNewestFirst) {
		List<BigDecimal> hours = new ArrayList<>(
				hourlyNewestFirst.subList(0, Math.min(HOURS, hourlyNewestFirst.size())));
		long recentValid = hours.subList(0, Math.min(RECENT_HOURS, hours.size()))
			.stream()
			.filter(Objects::nonNull)
			.count();
		if (recentValid < MIN_VALID_RECENT) {
			return Optional.empty();
		}
		BigDecimal w = weight(hours);
		BigDecimal numerator = BigDecimal.ZERO;
		BigDecimal denominator = BigDecimal.ZERO;
		for (int i = 0; i < hours.size(); i++) {
			if (hours.get(i) != null) {
				BigDecimal wi = w.pow(i, MC);
				numerator = numerator.add(wi.multiply(hours.get(i), MC), MC);
				denominator = denominator.add(wi, MC);
			}
		}
		return Optional.of(numerator.divide(denominator, MC));
	}

	/** As {@link #compute(List)} with doubles ({@code null} or NaN = missing). */
	public static OptionalDouble computeDouble(List<Double> hourlyNewestFirst) {
		List<BigDecimal> hours = new ArrayList<>();
		for (Double d : hourlyNewestFirst) {
			hours.add(d == null || d.isNaN() ? null : BigDecimal.valueOf(d));
		}
		return compute(hours).map(b -> OptionalDouble.of(b.doubleValue())).orElse(OptionalDouble.empty());
	}

	/**
	 * The NowCast truncated as the AQI lookup needs it (PM2.5 to 0.1 µg/m³, PM10 to an
	 * integer).
	 */
	public static Optional<BigDecimal> forIndex(Pollutant pm, List<BigDecimal> hourlyNewestFirst) {
		if (pm != Pollutant.PM2_5 && pm != Pollutant.PM10) {
			throw new IllegalArgumentException(
					"NowCast is defined here for PM2.5 and PM10 only, not " + pm.displayName());
		}
		return compute(hourlyNewestFirst).map(c -> c.setScale(UsEpaTables.truncationDecimals(pm), RoundingMode.DOWN));
	}

	/** w* = 1 − (c_max − c_min)/c_max, limited to [0.5, 1]; c_max ≤ 0 gives w = 1. */
	static BigDecimal weight(List<BigDecimal> hours) {
		BigDecimal max = hours.stream().filter(Objects::nonNull).max(BigDecimal::compareTo).orElseThrow();
		BigDecimal min = hours.stream().filter(Objects::nonNull).min(BigDecimal::compareTo).orElseThrow();
		if (max.signum() <= 0) {
			return BigDecimal.ONE;
		}
		BigDecimal w = BigDecimal.ONE.subtract(max.subtract(min).divide(max, MC));
		return w.max(MIN_WEIGHT).min(BigDecimal.ONE);
	}

}
