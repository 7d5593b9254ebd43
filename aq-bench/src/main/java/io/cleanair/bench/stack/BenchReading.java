package io.cleanair.bench.stack;

import java.time.Instant;

/**
 * One reading of the load, in the unit ingest-service is sent and analytics stores
 * (µg/m³; CO in mg/m³), so the same value goes to ingest, to the COPY ceiling and to
 * InfluxDB.
 */
public record BenchReading(String stationId, String districtId, Instant time, String pollutant, double value) {

	public String unit() {
		return "CO".equals(pollutant) ? "mg/m3" : "ug/m3";
	}
}
