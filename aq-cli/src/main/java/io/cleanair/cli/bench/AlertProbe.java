package io.cleanair.cli.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Alert latency under load: each trigger is two hours of PM2.5 at 1,900 µg/m³ (ingest's
 * plausible maximum is 2,000) from its own station in its own district, in one request,
 * which makes the day's heavy pollution certain (sum of hours / 24 above 150 µg/m³, IAQI
 * over 200) and so opens a new incident whose SMS names the station. Latency runs from
 * just before the POST to the SMS gateway (the benchmark's {@link SmsSink}) receiving the
 * request.
 */
final class AlertProbe implements Runnable {

	static final double TRIGGER_PM25 = 1900;

	private final StackClient stack;

	private final String key;

	private final List<String> stations;

	private final List<String> districts;

	private final Instant hour;

	private final Duration interval;

	private final AtomicBoolean running = new AtomicBoolean(true);

	private final Map<String, Long> sent = new ConcurrentHashMap<>();

	private volatile String failure;

	AlertProbe(StackClient stack, String key, List<String> stations, List<String> districts, Instant hour,
			Duration interval) {
		this.stack = stack;
		this.key = key;
		this.stations = stations;
		this.districts = districts;
		this.hour = hour;
		this.interval = interval;
	}

	@Override
	public void run() {
		for (int i = 0; i < stations.size() && running.get(); i++) {
			List<BenchReading> trigger = List.of(
					new BenchReading(stations.get(i), districts.get(i), hour, "PM2_5", TRIGGER_PM25),
					new BenchReading(stations.get(i), districts.get(i), hour.plusSeconds(3600), "PM2_5", TRIGGER_PM25));
			try {
				long before = System.nanoTime();
				if (stack.post(key, Payloads.ingestJson(trigger)) != trigger.size()) {
					throw new IllegalStateException("ingest refused a trigger of " + stations.get(i));
				}
				sent.put(stations.get(i), before);
				Thread.sleep(interval.toMillis());
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (Exception e) {
				failure = e.getMessage();
				return;
			}
		}
	}

	void stop() {
		running.set(false);
	}

	int triggered() {
		return sent.size();
	}

	/**
	 * Waits up to {@code timeout} for the SMS of every trigger, then answers the
	 * latencies of those that came.
	 */
	Latencies latencies(SmsSink sink, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline && sent.keySet().stream().anyMatch(s -> sink.arrival(s) == null)) {
			Thread.sleep(100);
		}
		Latencies latencies = new Latencies();
		sent.forEach((station, before) -> {
			Long arrived = sink.arrival(station);
			if (arrived != null) {
				latencies.recordNanos(arrived - before);
			}
		});
		return latencies;
	}

	String failure() {
		return failure;
	}

}
