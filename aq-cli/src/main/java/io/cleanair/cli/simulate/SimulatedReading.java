package io.cleanair.cli.simulate;

/**
 * One reading as ingest-service takes it: every field text, as a station would send it.
 *
 * @param time ISO-8601 with an offset, the start of the hour the value covers
 */
public record SimulatedReading(String stationId, String time, String pollutant, String value, String unit) {
}
