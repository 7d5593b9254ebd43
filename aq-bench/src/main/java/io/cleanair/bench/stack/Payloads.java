package io.cleanair.bench.stack;

import java.time.Instant;
import java.util.List;

/**
 * The same readings as ingest's JSON body, PostgreSQL COPY text and InfluxDB line
 * protocol.
 */
public final class Payloads {

	private Payloads() {
	}

	/**
	 * {@code POST /api/v1/readings} body:
	 * {@code {"readings":[{"stationId","time","pollutant","value","unit"}]}}.
	 */
	public static String ingestJson(List<BenchReading> readings) {
		StringBuilder body = new StringBuilder(readings.size() * 110).append("{\"readings\":[");
		for (int i = 0; i < readings.size(); i++) {
			BenchReading r = readings.get(i);
			body.append(i == 0 ? "{" : ",{")
				.append("\"stationId\":\"")
				.append(r.stationId())
				.append("\",\"time\":\"")
				.append(r.time())
				.append("\",\"pollutant\":\"")
				.append(r.pollutant())
				.append("\",\"value\":\"")
				.append(r.value())
				.append("\",\"unit\":\"")
				.append(r.unit())
				.append("\"}");
		}
		return body.append("]}").toString();
	}

	/**
	 * Rows for
	 * {@code COPY t (station_id, district_id, pollutant, time, value, revision, received_at) FROM STDIN}
	 * in text format: the columns analytics' consumer fills in its {@code reading} table.
	 */
	public static String copyText(List<BenchReading> readings, Instant receivedAt) {
		StringBuilder rows = new StringBuilder(readings.size() * 90);
		for (BenchReading r : readings) {
			rows.append(r.stationId())
				.append('\t')
				.append(r.districtId())
				.append('\t')
				.append(r.pollutant())
				.append('\t')
				.append(r.time())
				.append('\t')
				.append(r.value())
				.append("\t0\t")
				.append(receivedAt)
				.append('\n');
		}
		return rows.toString();
	}

	/**
	 * InfluxDB line protocol, one point per reading, seconds precision
	 * ({@code /write?precision=s}).
	 */
	public static String lineProtocol(List<BenchReading> readings) {
		StringBuilder lines = new StringBuilder(readings.size() * 70);
		for (BenchReading r : readings) {
			lines.append("reading,station=")
				.append(r.stationId())
				.append(",district=")
				.append(r.districtId())
				.append(",pollutant=")
				.append(r.pollutant())
				.append(" value=")
				.append(r.value())
				.append(' ')
				.append(r.time().getEpochSecond())
				.append('\n');
		}
		return lines.toString();
	}

}
