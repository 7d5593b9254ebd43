package io.cleanair.bench;

import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import io.cleanair.bench.latency.Probe;
import io.cleanair.bench.latency.SmsSink;
import io.cleanair.bench.load.LoadPlan;
import io.cleanair.bench.load.LoadRun;
import io.cleanair.bench.load.PersistedWait;
import io.cleanair.bench.peers.CopyCeiling;
import io.cleanair.bench.peers.InfluxPeer;
import io.cleanair.bench.queries.QueryBenchCommand;
import io.cleanair.bench.stack.BenchReading;
import io.cleanair.bench.stack.Durations;
import io.cleanair.bench.stack.Latencies;
import io.cleanair.bench.stack.Loopback;
import io.cleanair.bench.stack.StackClient;
import io.cleanair.bench.stack.StackOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code aq bench}: throughput and latency of a running stack, against raw COPY and
 * InfluxDB, in one run.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = QueryBenchCommand.class,
		description = "Drives a running stack (the local stack by default) with simulated stations and reports"
				+ " readings/s accepted and persisted, end-to-end and alert latency, and the same readings through"
				+ " raw PostgreSQL COPY and InfluxDB line protocol.")
public class BenchCommand implements Callable<Integer> {

	/** analytics' default day zone: the alert triggers fall on yesterday there. */
	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@Spec
	CommandSpec spec;

	@Option(names = "--ingest", defaultValue = "${env:AQ_INGEST_URL:-http://localhost:8081}")
	String ingest;

	@Mixin
	StackOptions stackOptions;

	@Option(names = "--alert", defaultValue = "http://localhost:8083")
	String alert;

	@Option(names = "--stations", defaultValue = "100")
	int stations;

	@Option(names = "--concurrency", defaultValue = "8",
			description = "Requests in flight (default: ${DEFAULT-VALUE}).")
	int concurrency;

	@Option(names = "--batch-size", defaultValue = "1000", description = "Readings per request, at most.")
	int batchSize;

	@Option(names = "--readings", defaultValue = "300000",
			description = "Most readings to post (default: ${DEFAULT-VALUE}).")
	long readings;

	@Option(names = "--duration", defaultValue = "2m",
			description = "Longest posting time (default: ${DEFAULT-VALUE}).")
	String duration;

	@Option(names = "--rate", defaultValue = "0", description = "Readings/s to pace at; 0 = as fast as accepted.")
	double rate;

	@Option(names = "--marker-pause", defaultValue = "200", description = "Milliseconds between latency markers.")
	long markerPause;

	@Option(names = "--sms-port", description = "Run an SMS-gateway sink on this loopback port and measure alert"
			+ " latency (start the stack with --sms-url http://localhost:<port>/sms).")
	Integer smsPort;

	@Option(names = "--alerts", defaultValue = "30",
			description = "Alert triggers during the load (default: ${DEFAULT-VALUE}).")
	int alerts;

	@Option(names = "--jdbc-url", defaultValue = "jdbc:postgresql://localhost:15432/postgres")
	String jdbcUrl;

	@Option(names = "--jdbc-user", defaultValue = "postgres")
	String jdbcUser;

	@Option(names = "--jdbc-password", defaultValue = "postgres")
	String jdbcPassword;

	@Option(names = "--no-copy", description = "Skip the raw COPY ceiling.")
	boolean noCopy;

	@Option(names = "--influx", defaultValue = "http://localhost:8086",
			description = "InfluxDB 1.x to write to (skipped" + " when it does not answer).")
	String influx;

	@Option(names = "--drain-timeout", defaultValue = "10m")
	String drainTimeout;

	@Override
	public Integer call() throws Exception {
		PrintWriter out = spec.commandLine().getOut();
		HttpClient http = StackClient.httpClient();
		StackClient stack = new StackClient(http, Loopback.require("--ingest", ingest), stackOptions.analytics(),
				Loopback.require("--alert", alert), stackOptions.adminKey());
		RunNames names = RunNames.of("bench-" + Long.toString(System.currentTimeMillis() / 1000, 36), stations,
				smsPort == null ? 0 : alerts);
		Instant now = Instant.now().truncatedTo(ChronoUnit.HOURS);
		Instant firstHour = now.minus(Duration.ofDays(380));
		out.printf("aq bench %s: %d stations, %d requests in flight, batches of up to %d readings, at most %,d readings"
				+ " or %s%n", names.run(), stations, concurrency, batchSize, readings, duration);
		out.flush();
		String key = register(stack, names);

		LoadPlan plan = new LoadPlan(names.loadStations(), concurrency, batchSize, firstHour, names.loadDistrict());
		Probe markers = Probe.markers(stack, key, names.marker(), names.loadDistrict(), firstHour,
				Duration.ofMillis(markerPause));
		SmsSink sink = smsPort == null ? null : new SmsSink(smsPort, names.alertStation());
		Instant alertHour = LocalDate.now(ZONE).minusDays(1).atStartOfDay(ZONE).toInstant();
		Probe alertProbe = sink == null ? null : Probe.alerts(stack, key, names.alertStations(), names.alertDistricts(),
				alertHour, alertInterval(), sink);
		Thread markerThread = start(markers, "bench-markers");
		Thread alertThread = alertProbe == null ? null : start(alertProbe, "bench-alerts");
		LoadRun.Outcome load = new LoadRun(stack, key, plan).run(readings, Durations.parse("--duration", duration),
				rate, now.minus(Duration.ofDays(2)));
		markers.stop();
		if (alertProbe != null) {
			alertProbe.stop();
		}
		if (load.failure() != null) {
			out.println("load stopped early: " + load.failure());
		}
		long persisted = new PersistedWait(stack).await(lastHours(plan, load),
				Durations.parse("--drain-timeout", drainTimeout));
		markerThread.join();
		BenchReport report = new BenchReport(out);
		report.load(load, persisted, plan);
		report.latency("end-to-end POST -> queryable (markers under load)", markers.latencies(), markers.failure());
		if (alertProbe != null) {
			alertThread.join();
			alertProbe.awaitRest(Duration.ofSeconds(60));
			sink.close();
			report.alerts(alertProbe.latencies(), alertProbe.posted(), alertProbe.failure());
		}
		else {
			out.println("alert latency: skipped (give --sms-port and start the stack with --sms-url"
					+ " http://localhost:<port>/sms)");
		}
		double persistedRate = load.accepted() / ((persisted - load.startNanos()) / 1e9);
		List<List<BenchReading>> same = sameReadings(plan, load);
		report.references(persistedRate, load.accepted() / load.seconds(), copyCeiling(same, out),
				influxPeer(http, same, out));
		out.flush();
		return load.failure() == null ? 0 : 1;
	}

	/**
	 * Registers the run's stations (and its official) through the admin APIs; answers the
	 * provider key.
	 */
	private String register(StackClient stack, RunNames names) throws Exception {
		for (String id : names.loadStations()) {
			stack.registerStation(id, names.loadDistrict());
		}
		stack.registerStation(names.marker(), names.loadDistrict());
		for (int i = 0; i < names.alertStations().size(); i++) {
			stack.registerStation(names.alertStations().get(i), names.alertDistricts().get(i));
		}
		if (!names.alertStations().isEmpty()) {
			stack.registerOfficial(names.official(), names.alertDistricts());
		}
		return stack.providerKey(names.run(), names.allStations());
	}

	private double copyCeiling(List<List<BenchReading>> same, PrintWriter out) {
		if (noCopy) {
			return Double.NaN;
		}
		try {
			return new CopyCeiling(Loopback.requireJdbc(jdbcUrl), jdbcUser, jdbcPassword).readingsPerSecond(same);
		}
		catch (Exception e) {
			out.println("raw COPY: skipped: " + e.getMessage());
			return Double.NaN;
		}
	}

	private double influxPeer(HttpClient http, List<List<BenchReading>> same, PrintWriter out) {
		InfluxPeer peer = new InfluxPeer(http, Loopback.require("--influx", influx));
		if (!peer.reachable()) {
			out.println(
					"InfluxDB: skipped: nothing answers " + influx + "/ping (see docs/benchmarks.md to start influxd)");
			return Double.NaN;
		}
		try {
			return peer.readingsPerSecond(same, concurrency);
		}
		catch (Exception e) {
			out.println("InfluxDB: failed: " + e.getMessage());
			return Double.NaN;
		}
	}

	/**
	 * Spreads the triggers over the expected posting time: --duration, or less when paced
	 * to a readings budget.
	 */
	private Duration alertInterval() {
		long posting = Durations.parse("--duration", duration).toMillis();
		if (rate > 0) {
			posting = Math.min(posting, (long) (readings * 1000 / rate));
		}
		return Duration.ofMillis(Math.max(200, posting / Math.max(1, alerts + 1)));
	}

	private static Map<String, Instant> lastHours(LoadPlan plan, LoadRun.Outcome load) {
		Map<String, Instant> last = new LinkedHashMap<>();
		for (int lane = 0; lane < plan.lanes(); lane++) {
			if (load.batchesPerLane()[lane] > 0) {
				for (String station : plan.stations(lane)) {
					last.put(station, plan.lastHour(load.batchesPerLane()[lane]));
				}
			}
		}
		return last;
	}

	private static List<List<BenchReading>> sameReadings(LoadPlan plan, LoadRun.Outcome load) {
		List<List<BenchReading>> batches = new ArrayList<>();
		for (int lane = 0; lane < plan.lanes(); lane++) {
			for (int b = 0; b < load.batchesPerLane()[lane]; b++) {
				batches.add(plan.batch(lane, b));
			}
		}
		return batches;
	}

	private static Thread start(Runnable probe, String name) {
		Thread thread = new Thread(probe, name);
		thread.setDaemon(true);
		thread.start();
		return thread;
	}

}
