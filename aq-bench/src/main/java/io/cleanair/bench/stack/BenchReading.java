package io.cleanair.cli.bench;

import java.time.Instant;

/**
 * One reading of the load, in the unit ingest-service is sent and analytics stores
 * (µg/m³; CO in mg/m³), so the same value goes to ingest, to the COPY ceiling and to
 * InfluxDB.
 */
record BenchReading(String stationId, String districtId, Instant time, String pollutant, double value) {

	String unit() {
		return "CO".equals(pollutant) ? "mg/m3" : "ug/m3";
	}
}
