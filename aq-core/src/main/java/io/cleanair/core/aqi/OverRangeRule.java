package io.cleanair.core.aqi;

/**
 * What HJ 633 does when SO2 1-hour or O3 8-hour exceeds 800 µg/m³, the end of its column
 * (docs/standards.md §1.2 a, b).
 */
public sealed interface OverRangeRule {

	/**
	 * HJ 633-2012: report the pollutant's IAQI from another indicator of the same
	 * pollutant.
	 */
	record Substitute(Indicator from, BreakpointTable table) implements OverRangeRule {
	}

	/** HJ 633-2026: a fixed IAQI. */
	record Fixed(int iaqi) implements OverRangeRule {
	}

}
