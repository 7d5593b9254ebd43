package io.cleanair.core.aqi;

import io.cleanair.core.pollutant.Pollutant;

/**
 * A pollutant over an averaging period, as it enters an index.
 * <p>
 * In a DAILY report: X_24H is the day's 24-hour mean, O3_1H the daily maximum 1-hour
 * value, O3_8H the daily maximum 8-hour moving mean (MDA8), CO_8H the daily maximum
 * 8-hour CO mean (US only), SO2_1H and NO2_1H the daily maximum 1-hour values for the US
 * AQI.
 * <p>
 * In an HOURLY report: X_1H is that hour's value, X_24H the 24-hour moving mean (PM under
 * HJ 633-2012), O3_8H and CO_8H the 8-hour moving means. For the US AQI, PM X_1H carries
 * the NowCast concentration.
 */
public enum Indicator {

	SO2_1H(Pollutant.SO2), SO2_24H(Pollutant.SO2), NO2_1H(Pollutant.NO2), NO2_24H(Pollutant.NO2), CO_1H(Pollutant.CO),
	CO_8H(Pollutant.CO), CO_24H(Pollutant.CO), O3_1H(Pollutant.O3), O3_8H(Pollutant.O3), PM10_1H(Pollutant.PM10),
	PM10_24H(Pollutant.PM10), PM2_5_1H(Pollutant.PM2_5), PM2_5_24H(Pollutant.PM2_5);

	private final Pollutant pollutant;

	Indicator(Pollutant pollutant) {
		this.pollutant = pollutant;
	}

	public Pollutant pollutant() {
		return pollutant;
	}

}
