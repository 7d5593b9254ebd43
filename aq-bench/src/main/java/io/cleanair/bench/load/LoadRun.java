package io.cleanair.bench.load;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import io.cleanair.bench.stack.BenchReading;
import io.cleanair.bench.stack.Latencies;
import io.cleanair.bench.stack.Payloads;
import io.cleanair.bench.stack.StackClient;

/**
 * Posts the plan's batches, one thread per lane, each lane one request at a time, until
 * the readings budget or the deadline is reached (whichever comes first), optionally
 * paced to a total rate.
 */
public final class LoadRun {

	/**
	 * What the run did: readings accepted, batches sent per lane, when it started and
	 * ended.
	 */
	public record Outcome(long accepted, long posted, int[] batchesPerLane, long startNanos, long endNanos,
			Latencies postLatency, String failure) {

		public double seconds() {
			return (endNanos - startNanos) / 1e9;
		}
	}

	private final StackClient stack;

	private final String key;

	private final LoadPlan plan;

	public LoadRun(StackClient stack, String key, LoadPlan plan) {
		this.stack = stack;
		this.key = key;
		this.plan = plan;
	}

	/**
	 * @param readings the most readings to post (rounded up to whole batches)
	 * @param duration the longest the posting runs
	 * @param rate readings per second over all lanes; 0 for as fast as the stack answers
	 * @param notAfter no hour at or after this is posted (ingest refuses the future)
	 */
	public Outcome run(long readings, Duration duration, double rate, Instant notAfter) throws InterruptedException {
		AtomicLong budget = new AtomicLong(readings);
		AtomicLong accepted = new AtomicLong();
		AtomicLong posted = new AtomicLong();
		AtomicReference<String> failure = new AtomicReference<>();
		Latencies postLatency = new Latencies();
		int[] batches = new int[plan.lanes()];
		int maxBatches = plan.batchesBefore(notAfter);
		long start = System.nanoTime();
		long deadline = start + duration.toNanos();
		List<Thread> threads = new ArrayList<>();
		for (int lane = 0; lane < plan.lanes(); lane++) {
			int l = lane;
			double laneRate = rate / plan.lanes();
			Thread thread = new Thread(() -> {
				long next = System.nanoTime();
				while (failure.get() == null && batches[l] < maxBatches && System.nanoTime() < deadline) {
					List<BenchReading> batch = plan.batch(l, batches[l]);
					if (budget.getAndAdd(-batch.size()) <= 0) {
						return;
					}
					String body = Payloads.ingestJson(batch);
					if (laneRate > 0) {
						next = pace(next, (long) (batch.size() * 1e9 / laneRate));
					}
					long sent = System.nanoTime();
					try {
						accepted.addAndGet(stack.post(key, body));
					}
					catch (Exception e) {
						failure.compareAndSet(null, e.getMessage());
						return;
					}
					postLatency.recordNanos(System.nanoTime() - sent);
					posted.addAndGet(batch.size());
					batches[l]++;
				}
			}, "bench-lane-" + lane);
			thread.start();
			threads.add(thread);
		}
		for (Thread thread : threads) {
			thread.join();
		}
		return new Outcome(accepted.get(), posted.get(), batches, start, System.nanoTime(), postLatency, failure.get());
	}

	private static long pace(long next, long intervalNanos) {
		long now = System.nanoTime();
		if (next > now) {
			try {
				Thread.sleep((next - now) / 1_000_000, (int) ((next - now) % 1_000_000));
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		return Math.max(next, now) + intervalNanos;
	}

}
