package io.cleanair.bench.latency;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import io.cleanair.bench.stack.BenchReading;
import io.cleanair.bench.stack.Latencies;
import io.cleanair.bench.stack.Payloads;
import io.cleanair.bench.stack.StackClient;

/**
 * Latency under load, probe by probe: each step posts its readings in one request and
 * measures from just before the POST until what the step waits for is seen. What that is
 * makes the two probes of {@code aq bench}:
 * <ul>
 * <li>{@link #markers}: one marker reading at a time, seen when analytics answers it
 * (polled every few milliseconds at first, then at most every 50 ms, 5 % of the wait so
 * far, which bounds the resolution); the next marker follows once it is seen;</li>
 * <li>{@link #alerts}: two hours of PM2.5 at {@value #TRIGGER_PM25} µg/m³ (ingest's
 * plausible maximum is 2,000) from a station in a district of its own, which makes the
 * day's heavy pollution certain (sum of hours / 24 above 150 µg/m³, IAQI over 200) and so
 * opens a new incident whose SMS names the station; seen when the benchmark's
 * {@link SmsSink} receives that SMS. Triggers follow each other at a fixed interval, and
 * their SMS are awaited at the end ({@link #awaitRest}).</li>
 * </ul>
 */
public final class Probe implements Runnable {

	public static final double TRIGGER_PM25 = 1900;

	private static final Duration MARKER_POLL = Duration.ofMillis(5);

	private static final Duration LONGEST_POLL = Duration.ofMillis(50);

	private static final Duration MARKER_GIVE_UP = Duration.ofMinutes(5);

	private static final Duration SMS_POLL = Duration.ofMillis(100);

	/** What a probe posts at each step and how it sees it arrive. */
	public interface Awaited {

		/** The readings of a step, all in one request. */
		List<BenchReading> readings(int step);

		/** The step in messages, e.g. {@code marker 2025-01-01T00:00:00Z}. */
		String name(int step);

		/**
		 * The {@code System.nanoTime()} at which what the step waits for was seen, or
		 * null while it is not.
		 */
		Long seenAt(int step) throws Exception;

	}

	private final StackClient stack;

	private final String key;

	private final int steps;

	private final Awaited awaited;

	private final boolean waitEach;

	private final Duration pause;

	private final Duration poll;

	private final Duration giveUp;

	private final AtomicBoolean running = new AtomicBoolean(true);

	private final Map<Integer, Long> pending = new ConcurrentHashMap<>();

	private final Latencies latencies = new Latencies();

	private volatile int posted;

	private volatile String failure;

	/**
	 * @param steps how many steps at most (it also ends on {@link #stop})
	 * @param waitEach whether each step waits to be seen before the next is posted
	 * @param pause between one step and the next
	 * @param poll how often what a step waits for is looked for
	 * @param giveUp a step not seen after this fails the probe (when waiting for each)
	 */
	Probe(StackClient stack, String key, int steps, Awaited awaited, boolean waitEach, Duration pause, Duration poll,
			Duration giveUp) {
		this.stack = stack;
		this.key = key;
		this.steps = steps;
		this.awaited = awaited;
		this.waitEach = waitEach;
		this.pause = pause;
		this.poll = poll;
		this.giveUp = giveUp;
	}

	/**
	 * Marker readings of one station, one hour after the other from {@code firstHour}.
	 */
	public static Probe markers(StackClient stack, String key, String station, String districtId, Instant firstHour,
			Duration pause) {
		return new Probe(stack, key, Integer.MAX_VALUE, new Awaited() {

			@Override
			public List<BenchReading> readings(int step) {
				return List.of(new BenchReading(station, districtId, hour(step), "PM2_5", 30));
			}

			@Override
			public String name(int step) {
				return "marker " + hour(step);
			}

			@Override
			public Long seenAt(int step) throws Exception {
				return stack.queryable(station, hour(step), "PM2_5") ? System.nanoTime() : null;
			}

			private Instant hour(int step) {
				return firstHour.plus(Duration.ofHours(step));
			}

		}, true, pause, MARKER_POLL, MARKER_GIVE_UP);
	}

	/**
	 * One alert trigger per station (in its district, at {@code hour}), SMS into the
	 * sink.
	 */
	public static Probe alerts(StackClient stack, String key, List<String> stations, List<String> districts,
			Instant hour, Duration interval, SmsSink sink) {
		return new Probe(stack, key, stations.size(), new Awaited() {

			@Override
			public List<BenchReading> readings(int step) {
				return List.of(new BenchReading(stations.get(step), districts.get(step), hour, "PM2_5", TRIGGER_PM25),
						new BenchReading(stations.get(step), districts.get(step), hour.plusSeconds(3600), "PM2_5",
								TRIGGER_PM25));
			}

			@Override
			public String name(int step) {
				return "a trigger of " + stations.get(step);
			}

			@Override
			public Long seenAt(int step) {
				return sink.arrival(stations.get(step));
			}

		}, false, interval, SMS_POLL, Duration.ZERO);
	}

	@Override
	public void run() {
		for (int step = 0; step < steps && running.get(); step++) {
			List<BenchReading> readings = awaited.readings(step);
			try {
				long before = System.nanoTime();
				if (stack.post(key, Payloads.ingestJson(readings)) != readings.size()) {
					throw new IllegalStateException("ingest refused " + awaited.name(step));
				}
				pending.put(step, before);
				posted++;
				if (waitEach) {
					while (!collect()) {
						if (System.nanoTime() - before > giveUp.toNanos()) {
							throw new IllegalStateException(awaited.name(step) + " not seen after " + giveUp);
						}
						Thread.sleep(pollAfter(System.nanoTime() - before));
					}
				}
				Thread.sleep(pause.toMillis());
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

	/**
	 * How long to wait before looking again, a step having waited this long: the probe's
	 * poll interval, up to a twentieth of the wait so far (a resolution of 5 %), at most
	 * {@link #LONGEST_POLL}, so that a backlog of seconds is not polled hundreds of times
	 * a second on the cores it measures.
	 */
	private long pollAfter(long waitedNanos) {
		return Math.max(poll.toMillis(), Math.min(LONGEST_POLL.toMillis(), waitedNanos / 20_000_000));
	}

	public void stop() {
		running.set(false);
	}

	/** Steps posted (and accepted). */
	public int posted() {
		return posted;
	}

	/**
	 * Waits up to {@code timeout} for every step posted to be seen; those seen by then
	 * count in {@link #latencies}.
	 */
	public void awaitRest(Duration timeout) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!collect() && System.nanoTime() < deadline) {
			Thread.sleep(poll.toMillis());
		}
	}

	public Latencies latencies() {
		return latencies;
	}

	public String failure() {
		return failure;
	}

	/**
	 * Records the latency of every pending step seen now; answers whether none is left.
	 */
	private boolean collect() throws Exception {
		for (Map.Entry<Integer, Long> step : pending.entrySet()) {
			Long at = awaited.seenAt(step.getKey());
			if (at != null) {
				latencies.recordNanos(at - step.getValue());
				pending.remove(step.getKey());
			}
		}
		return pending.isEmpty();
	}

}
