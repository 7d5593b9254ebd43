package io.cleanair.core.qc;

import java.util.EnumMap;
import java.util.Map;

import io.cleanair.core.pollutant.Pollutant;

/**
 * Per pollutant, in its canonical unit (µg/m³; CO mg/m³): the largest hourly value that
 * is physically plausible at an ambient station, and the rise over the recent level that
 * counts as a spike.
 * <p>
 * The maxima sit well above the measuring ranges that HJ 653 / HJ 654 require of
 * automatic analysers (particulates 0–1000 µg/m³; SO2, NO2, O3 0–500 ppb; CO 0–50 ppm)
 * and above the worst hours seen in Chinese dust storms and winter haze, so only
 * instrument or unit errors exceed them.
 */
public final class PlausibleRanges {

	/**
	 * @param maximum above this a value is rejected; @param spikeRise a rise smaller than
	 * this is never a spike
	 */
	public record Limits(double maximum, double spikeRise) {
	}

	private static final Map<Pollutant, Limits> LIMITS = new EnumMap<>(Map.of(Pollutant.PM2_5, new Limits(2_000, 150),
			Pollutant.PM10, new Limits(10_000, 300), Pollutant.SO2, new Limits(10_000, 150), Pollutant.NO2,
			new Limits(5_000, 150), Pollutant.CO, new Limits(150, 4), Pollutant.O3, new Limits(2_000, 200)));

	private PlausibleRanges() {
	}

	public static Limits of(Pollutant pollutant) {
		return LIMITS.get(pollutant);
	}

	/** Whether a canonical value can be physically real. */
	public static boolean isPlausible(Pollutant pollutant, double canonicalValue) {
		return canonicalValue >= 0 && canonicalValue <= LIMITS.get(pollutant).maximum();
	}

}
