package io.cleanair.core.aqi;

import io.cleanair.core.pollutant.Pollutant;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Working state while a standard computes sub-indices; turned into an {@link AqiResult}
 * at the end.
 */
final class SubIndices {

	final Map<Indicator, Integer> iaqi = new EnumMap<>(Indicator.class);

	final Map<Indicator, BigDecimal> concentrations = new EnumMap<>(Indicator.class);

	final Set<Indicator> missing = EnumSet.noneOf(Indicator.class);

	final Set<Indicator> beyondIndex = EnumSet.noneOf(Indicator.class);

	final List<String> notes = new ArrayList<>();

	OptionalInt max() {
		return iaqi.values().stream().mapToInt(Integer::intValue).max();
	}

	/**
	 * Pollutants whose largest sub-index equals {@code aqi}; all of them on a tie, in
	 * enum order.
	 */
	List<Pollutant> pollutantsAt(int aqi) {
		List<Pollutant> out = new ArrayList<>();
		for (Pollutant p : Pollutant.values()) {
			if (maxOf(p).orElse(-1) == aqi) {
				out.add(p);
			}
		}
		return out;
	}

	/** Pollutants with a sub-index above {@code threshold}, in enum order. */
	List<Pollutant> pollutantsAbove(int threshold) {
		List<Pollutant> out = new ArrayList<>();
		for (Pollutant p : Pollutant.values()) {
			if (maxOf(p).orElse(-1) > threshold) {
				out.add(p);
			}
		}
		return out;
	}

	void ignoreUnused(IndicatorValues values, Set<Indicator> used, String ruleSet, ReportPeriod period) {
		for (Indicator i : values.values().keySet()) {
			if (!used.contains(i)) {
				notes.add(i + " not used by the " + ruleSet + " " + period.name().toLowerCase(java.util.Locale.ROOT)
						+ " report");
			}
		}
	}

	private OptionalInt maxOf(Pollutant p) {
		return iaqi.entrySet().stream().filter(e -> e.getKey().pollutant() == p).mapToInt(Map.Entry::getValue).max();
	}

}
