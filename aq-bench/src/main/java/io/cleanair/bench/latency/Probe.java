package io.cleanair.cli.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * End-to-end latency under load: one marker reading at a time, from just before its POST
 * until analytics answers it, polling every few milliseconds (the poll interval bounds
 * the resolution).
 */
final class MarkerProbe implements Runnable {

	private static final long POLL_NANOS = Duration.ofMillis(5).toNanos();

	private static final Duration GIVE_UP = Duration.ofMinutes(5);

	private final StackClient stack;

	private final String key;

	private final String station;

	private final String districtId;

	private final Instant firstHour;

	private final Duration pause;

	private final AtomicBoolean running = new AtomicBoolean(true);

	private final Latencies latencies = new Latencies();

	private volatile String failure;

	MarkerProbe(StackClient stack, String key, String station, String districtId, Instant firstHour, Duration pause) {
		this.stack = stack;
		this.key = key;
		this.station = station;
		this.districtId = districtId;
		this.firstHour = firstHour;
		this.pause = pause;
	}

	@Override
	public void run() {
		for (int n = 0; running.get(); n++) {
			Instant hour = firstHour.plus(Duration.ofHours(n));
			BenchReading marker = new BenchReading(station, districtId, hour, "PM2_5", 30);
			try {
				long sent = System.nanoTime();
				if (stack.post(key, Payloads.ingestJson(List.of(marker))) != 1) {
					throw new IllegalStateException("ingest refused marker " + hour);
				}
				while (!stack.queryable(station, hour, "PM2_5")) {
					if (System.nanoTime() - sent > GIVE_UP.toNanos()) {
						throw new IllegalStateException("marker " + hour + " not queryable after " + GIVE_UP);
					}
					Thread.sleep(POLL_NANOS / 1_000_000);
				}
				latencies.recordNanos(System.nanoTime() - sent);
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

	void stop() {
		running.set(false);
	}

	Latencies latencies() {
		return latencies;
	}

	String failure() {
		return failure;
	}

}
