package io.cleanair.cli.assess;

import java.util.Locale;

/** The hourly CSV formats {@code aq assess} reads. */
enum InputFormat {

	/**
	 * {@code station_id,time,pollutant,value,unit}; a value at time t covers [t, t+1h).
	 */
	LONG,
	/**
	 * UCI Beijing multi-site "PRSA" wide format; hour 0…23 is the local start of the
	 * hour, µg/m³ (CO too).
	 */
	PRSA;

	static final String LONG_HEADER = "station_id,time,pollutant,value,unit";

	/** Recognises a format by its header line, or returns null. */
	static InputFormat detect(String header) {
		if (header == null) {
			return null;
		}
		String h = header.replace("\"", "").strip().toLowerCase(Locale.ROOT);
		if (h.startsWith("\uFEFF")) {
			h = h.substring(1);
		}
		if (h.equals(LONG_HEADER)) {
			return LONG;
		}
		if (h.startsWith("no,year,month,day,hour,pm2.5,pm10,so2,no2,co,o3")) {
			return PRSA;
		}
		return null;
	}

}
