package io.cleanair.ingest.reading;

import java.util.List;

/** The JSON batch a sender posts: {@code {"readings":[{...}]}}. Fields stay text until validated. */
record ReadingBatch(List<RawReading> readings) {

	record RawReading(String stationId, String time, String pollutant, String value, String unit) {
	}
}
