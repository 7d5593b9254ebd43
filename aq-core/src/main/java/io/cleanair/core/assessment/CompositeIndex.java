package io.cleanair.core.assessment;

import io.cleanair.core.pollutant.ConcentrationRounding;
import io.cleanair.core.pollutant.Pollutant;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The composite index of a period (综合指数, docs/standards.md §2.6) and its single indices
 * Iᵢ = Cᵢ/Sᵢ.
 *
 * @param concentrations Cᵢ rounded first (GB/T 8170: integers, CO to 0.1 mg/m³)
 * @param singleIndices Iᵢ = Cᵢ/Sᵢ, unweighted, to 2 decimals
 * @param total I_sum = Σ wᵢ·Iᵢ to 2 decimals (GB/T 8170 half-even on the exact sum)
 * @param primaryPollutant the largest Iᵢ
 */
public record CompositeIndex(String rules, Map<Pollutant, BigDecimal> concentrations,
		Map<Pollutant, BigDecimal> singleIndices, BigDecimal total, Pollutant primaryPollutant) {

	private static final int SCALE = 2;

	public CompositeIndex {
		concentrations = Collections.unmodifiableMap(new EnumMap<>(concentrations));
		singleIndices = Collections.unmodifiableMap(new EnumMap<>(singleIndices));
	}

	/** Empty unless all six period concentrations are present. */
	public static Optional<CompositeIndex> of(Map<Pollutant, BigDecimal> periodConcentrations,
			CompositeIndexRules rules) {
		Map<Pollutant, BigDecimal> rounded = new EnumMap<>(Pollutant.class);
		Map<Pollutant, BigDecimal> singles = new EnumMap<>(Pollutant.class);
		BigDecimal sum = BigDecimal.ZERO;
		Pollutant primary = null;
		BigDecimal largest = null;
		for (Pollutant p : Pollutant.values()) {
			BigDecimal c = periodConcentrations.get(p);
			if (c == null) {
				return Optional.empty();
			}
			BigDecimal cRounded = ConcentrationRounding.forIndex(p, c);
			BigDecimal single = cRounded.divide(rules.limits().get(p), MathContext.DECIMAL64);
			rounded.put(p, cRounded);
			singles.put(p, single.setScale(SCALE, RoundingMode.HALF_EVEN));
			sum = sum.add(single.multiply(rules.weights().get(p)));
			if (largest == null || single.compareTo(largest) > 0) {
				largest = single;
				primary = p;
			}
		}
		return Optional
			.of(new CompositeIndex(rules.id(), rounded, singles, sum.setScale(SCALE, RoundingMode.HALF_EVEN), primary));
	}
}
