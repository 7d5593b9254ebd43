package io.cleanair.core.aqi;

/**
 * An index category: China levels I–VI (HJ 633 Appendix A) or the US EPA categories (TAD
 * 2024 §3.4).
 */
public sealed interface Category permits ChinaCategory, UsCategory {

	/** 1 for the cleanest category. */
	int level();

	String nameEn();

	String nameZh();

	Colour colour();

	/**
	 * Lowest and highest AQI of the category; the top category's upper bound is
	 * {@link Integer#MAX_VALUE}.
	 */
	int aqiLow();

	int aqiHigh();

	default int[] rgb() {
		return colour().rgb();
	}

	default boolean contains(int aqi) {
		return aqi >= aqiLow() && aqi <= aqiHigh();
	}

}
