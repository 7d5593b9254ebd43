package io.cleanair.core.assessment;

/** AQI bounds of the day counts (HJ 633 Appendix A, same in 2012 and 2026). */
final class DayCategoryThresholds {

	/** 优 excellent: AQI ≤ 50. */
	static final int EXCELLENT_MAX = 50;

	/** 优良 good (incl. excellent): AQI ≤ 100. */
	static final int GOOD_MAX = 100;

	/** 重度污染及以上 heavy pollution or worse: AQI > 200. */
	static final int HEAVY_ABOVE = 200;

	/** 严重污染 severe: AQI > 300. */
	static final int SEVERE_ABOVE = 300;

	private DayCategoryThresholds() {
	}

}
