package io.cleanair.ingest.reading;

import java.util.List;

/**
 * The JSON batch a sender posts: {@code {"readings":[{...}]}}. Fields stay text until
 * validated.
 */
record ReadingBatch(List<RawReading> readings) {

	/**
	 * @param flag the sender's own mark for the value (optional), passed on as
	 * {@code sender:<flag>}
	 */
	record RawReading(String stationId, String time, String pollutant, String value, String unit, String flag) {

		RawReading(String stationId, String time, String pollutant, String value, String unit) {
			this(stationId, time, pollutant, value, unit, null);
		}
	}
}
