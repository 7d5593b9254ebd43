package io.cleanair.bench;

import java.io.PrintWriter;
import java.util.Locale;

import io.cleanair.bench.load.LoadPlan;
import io.cleanair.bench.load.LoadRun;
import io.cleanair.bench.stack.Latencies;

/** The figures of one run, as plain text lines. */
final class BenchReport {

	private final PrintWriter out;

	BenchReport(PrintWriter out) {
		this.out = out;
	}

	void load(LoadRun.Outcome load, long persistedNanos, LoadPlan plan) {
		double toPersisted = (persistedNanos - load.startNanos()) / 1e9;
		line("posted    %,d readings in %,d requests (%d lanes, %d hours x stations per batch) in %.1f s",
				load.posted(), java.util.Arrays.stream(load.batchesPerLane()).sum(), plan.lanes(), plan.hoursPerBatch(),
				load.seconds());
		line("accepted  %,.0f readings/s (202 after Kafka acknowledged); POST -> 202 %s",
				load.accepted() / load.seconds(), load.postLatency().summary(50, 99));
		line("persisted %,.0f readings/s end to end (first POST -> every station's last reading queryable in analytics:"
				+ " %.1f s, %.1f s after the last POST)", load.accepted() / toPersisted, toPersisted,
				(persistedNanos - load.endNanos()) / 1e9);
	}

	void latency(String what, Latencies latencies, String failure) {
		line("%s: %s%s", what, latencies.summary(50, 95, 99), failure == null ? "" : " (stopped: " + failure + ")");
	}

	void alerts(Latencies latencies, int triggered, String failure) {
		line("alert reading -> SMS gateway request: %s; %d of %d triggers texted%s", latencies.summary(50, 99),
				latencies.count(), triggered, failure == null ? "" : " (stopped: " + failure + ")");
	}

	void references(double persisted, double accepted, double copy, double influx) {
		if (!Double.isNaN(copy)) {
			line("raw COPY into a table like analytics.reading: %,.0f readings/s", copy);
		}
		if (!Double.isNaN(influx)) {
			line("InfluxDB line protocol: %,.0f readings/s", influx);
		}
		line("end-to-end persisted vs raw COPY: %s", new Ratio(persisted, copy).describe("raw COPY"));
		line("end-to-end persisted vs InfluxDB: %s", new Ratio(persisted, influx).describe("InfluxDB line protocol"));
		line("ingest accepted vs InfluxDB: %s", new Ratio(accepted, influx).describe("InfluxDB line protocol"));
	}

	private void line(String format, Object... args) {
		out.println(String.format(Locale.ROOT, format, args));
		out.flush();
	}

}
