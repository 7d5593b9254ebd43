package io.cleanair.core.aqi;

import io.cleanair.core.pollutant.ConcentrationUnit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A breakpoint table column (one indicator), named as the standard names it. */
public record BreakpointTable(String name, ConcentrationUnit unit, List<Segment> segments) {

	public BreakpointTable {
		segments = List.copyOf(segments);
		if (segments.isEmpty()) {
			throw new IllegalArgumentException(name + ": no segments");
		}
	}

	/**
	 * A continuous column as the Chinese tables print it: {@code concentrations[k]} has
	 * index {@code indices[k]}; a value on a breakpoint gives the same result from either
	 * segment.
	 */
	static BreakpointTable continuous(String name, ConcentrationUnit unit, int[] indices, String... concentrations) {
		List<Segment> segs = new ArrayList<>();
		for (int k = 1; k < concentrations.length; k++) {
			segs.add(new Segment(new BigDecimal(concentrations[k - 1]), new BigDecimal(concentrations[k]),
					indices[k - 1], indices[k]));
		}
		return new BreakpointTable(name, unit, segs);
	}

	/** Exact index of {@code c}; empty below the first or above the last breakpoint. */
	public Optional<BigDecimal> interpolate(BigDecimal c) {
		return segments.stream().filter(s -> s.contains(c)).findFirst().map(s -> s.interpolate(c));
	}

	/**
	 * The top segment's line continued beyond its upper breakpoint (EPA 2024: extrapolate
	 * above 500).
	 */
	public BigDecimal extrapolate(BigDecimal c) {
		return last().interpolate(c);
	}

	public boolean isAboveTop(BigDecimal c) {
		return c.compareTo(last().concentrationHigh()) > 0;
	}

	public BigDecimal lowestConcentration() {
		return segments.get(0).concentrationLow();
	}

	public BigDecimal highestConcentration() {
		return last().concentrationHigh();
	}

	public int highestIndex() {
		return last().indexHigh();
	}

	private Segment last() {
		return segments.get(segments.size() - 1);
	}
}
