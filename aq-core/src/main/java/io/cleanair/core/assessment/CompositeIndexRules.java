package io.cleanair.core.assessment;

import io.cleanair.core.pollutant.Pollutant;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The Sᵢ and weights of the composite index (综合指数, docs/standards.md §2.6): I_sum = Σ
 * wᵢ·Cᵢ/Sᵢ over the six pollutants. Default weights are 1 (unweighted).
 */
public record CompositeIndexRules(String id, Map<Pollutant, BigDecimal> limits, Map<Pollutant, BigDecimal> weights) {

	/** City-ranking rules (2014, revised 2018) with GB 3095-2012 Grade II limits. */
	public static final CompositeIndexRules GB3095_2012 = new CompositeIndexRules("gb3095-2012",
			limits("60", "40", "70", "35", "4", "160"), unweighted());

	/**
	 * GB 3095-2026 transitional Grade II limits (to 2030-12-31) as Sᵢ; whether rankings
	 * adopt them is unconfirmed (docs/standards.md §2.6).
	 */
	public static final CompositeIndexRules GB3095_2026_TRANSITIONAL = new CompositeIndexRules("gb3095-2026",
			limits("60", "40", "60", "30", "4", "160"), unweighted());

	/**
	 * weights reported for HJ 663-2026 from an unreliable source: PM2.5 × 3, NO2 × 2, O3
	 * × 2.
	 */
	public static final Map<Pollutant, BigDecimal> REPORTED_2026_WEIGHTS = weights("3", "2", "1", "1", "2", "1");

	private static final LocalDate GB3095_2026_IN_FORCE = LocalDate.of(2026, 3, 1);

	public CompositeIndexRules {
		limits = Collections.unmodifiableMap(new EnumMap<>(limits));
		weights = Collections.unmodifiableMap(new EnumMap<>(weights));
		for (Pollutant p : Pollutant.values()) {
			if (!limits.containsKey(p) || !weights.containsKey(p)) {
				throw new IllegalArgumentException("composite index rules need Sᵢ and a weight for " + p);
			}
		}
	}

	/**
	 * The Sᵢ in force at the end of the period: 2012 limits for periods ending before
	 * 2026-03-01.
	 */
	public static CompositeIndexRules forPeriodEnding(LocalDate lastDay) {
		return lastDay.isBefore(GB3095_2026_IN_FORCE) ? GB3095_2012 : GB3095_2026_TRANSITIONAL;
	}

	public CompositeIndexRules withWeights(Map<Pollutant, BigDecimal> newWeights) {
		return new CompositeIndexRules(id + "-weighted", limits, newWeights);
	}

	private static Map<Pollutant, BigDecimal> limits(String so2, String no2, String pm10, String pm25, String co,
			String o3) {
		Map<Pollutant, BigDecimal> m = new EnumMap<>(Pollutant.class);
		m.put(Pollutant.SO2, new BigDecimal(so2));
		m.put(Pollutant.NO2, new BigDecimal(no2));
		m.put(Pollutant.PM10, new BigDecimal(pm10));
		m.put(Pollutant.PM2_5, new BigDecimal(pm25));
		m.put(Pollutant.CO, new BigDecimal(co));
		m.put(Pollutant.O3, new BigDecimal(o3));
		return m;
	}

	private static Map<Pollutant, BigDecimal> weights(String pm25, String no2, String so2, String pm10, String o3,
			String co) {
		return limits(so2, no2, pm10, pm25, co, o3);
	}

	private static Map<Pollutant, BigDecimal> unweighted() {
		return weights("1", "1", "1", "1", "1", "1");
	}
}
