package io.cleanair.cli.simulate;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs the simulated clock: the hour starting at H is sent once the simulated clock has
 * passed H + 1 h. The simulated clock starts at {@code from} and runs {@code speed} times
 * faster than the wall clock; unless {@code future} is set it never runs ahead of the
 * real clock, so a run started in the past catches up quickly and then continues in real
 * time.
 */
public final class SimulationRun {

	/**
	 * Waits until a wall-clock instant; tests pass one that moves their clock instead.
	 */
	public interface Sleeper {

		void sleepUntil(Instant wallTime) throws InterruptedException;

		/** Sleeps on the system clock. */
		static Sleeper system() {
			return wallTime -> {
				long millis = Duration.between(Instant.now(), wallTime).toMillis();
				if (millis > 0) {
					Thread.sleep(millis);
				}
			};
		}

	}

	/**
	 * @param from first simulated hour (truncated to the hour)
	 * @param until simulated end, exclusive; null for none
	 * @param deadline wall-clock end; null for none
	 */
	public record Settings(Instant from, double speed, Instant until, Instant deadline, boolean future, int batchSize,
			int attempts, Duration retryDelay) {

		public Settings {
			if (!(speed > 0)) {
				throw new IllegalArgumentException("speed must be positive, not " + speed);
			}
			if (batchSize < 1 || attempts < 1) {
				throw new IllegalArgumentException("batch size and attempts must be at least 1");
			}
		}
	}

	/** Totals of a run. */
	public record Summary(long hours, long sent, long accepted, Map<String, Integer> rejectedByCode,
			long failedBatches) {

		public String describe() {
			IngestResult rejections = new IngestResult(0, rejectedByCode);
			return hours + " hours, " + sent + " readings sent: " + accepted + " accepted, " + rejections.rejected()
					+ " rejected" + (rejectedByCode.isEmpty() ? "" : " (" + rejections.rejectionSummary() + ")")
					+ (failedBatches == 0 ? "" : ", " + failedBatches + " batches not delivered");
		}
	}

	private static final Duration HOUR = Duration.ofHours(1);

	private static final int PROGRESS_EVERY_HOURS = 24;

	private final ReadingGenerator generator;

	private final ReadingSender sender;

	private final Settings settings;

	private final Clock clock;

	private final Sleeper sleeper;

	private final Consumer<String> log;

	private long hours;

	private long sent;

	private long accepted;

	private long failedBatches;

	private final Map<String, Integer> rejected = new HashMap<>();

	public SimulationRun(ReadingGenerator generator, ReadingSender sender, Settings settings, Clock clock,
			Sleeper sleeper, Consumer<String> log) {
		this.generator = generator;
		this.sender = sender;
		this.settings = settings;
		this.clock = clock;
		this.sleeper = sleeper;
		this.log = log;
	}

	/** Runs until {@code until} or the deadline; without either, until interrupted. */
	public Summary run() throws IOException, InterruptedException {
		Instant wallStart = clock.instant();
		Instant from = settings.from().truncatedTo(java.time.temporal.ChronoUnit.HOURS);
		for (Instant hour = from;; hour = hour.plus(HOUR)) {
			Instant end = hour.plus(HOUR);
			if (settings.until() != null && end.isAfter(settings.until())) {
				break;
			}
			Instant due = due(wallStart, from, end);
			if (settings.deadline() != null && due.isAfter(settings.deadline())) {
				break;
			}
			if (due.isAfter(clock.instant())) {
				sleeper.sleepUntil(due);
			}
			sendHour(hour);
			if (hours % PROGRESS_EVERY_HOURS == 0) {
				log.accept("up to " + end + ": " + summary().describe());
			}
		}
		return summary();
	}

	Instant due(Instant wallStart, Instant from, Instant simulatedEnd) {
		long simulatedNanos = Duration.between(from, simulatedEnd).toNanos();
		Instant due = wallStart.plusNanos((long) (simulatedNanos / settings.speed()));
		if (!settings.future() && simulatedEnd.isAfter(due)) {
			return simulatedEnd;
		}
		return due;
	}

	private void sendHour(Instant hour) throws IOException, InterruptedException {
		List<SimulatedReading> readings = generator.readingsFor(hour);
		for (int start = 0; start < readings.size(); start += settings.batchSize()) {
			List<SimulatedReading> batch = readings.subList(start,
					Math.min(readings.size(), start + settings.batchSize()));
			IngestResult result = sendWithRetries(batch);
			sent += batch.size();
			if (result == null) {
				failedBatches++;
			}
			else {
				accepted += result.accepted();
				result.rejectedByCode().forEach((code, n) -> rejected.merge(code, n, Integer::sum));
			}
		}
		hours++;
	}

	private IngestResult sendWithRetries(List<SimulatedReading> batch) throws IOException, InterruptedException {
		for (int attempt = 1;; attempt++) {
			try {
				return sender.send(batch);
			}
			catch (ReadingSender.RetryableException e) {
				if (attempt >= settings.attempts()) {
					log.accept("giving up on a batch of " + batch.size() + " readings for " + batch.get(0).time()
							+ " after " + attempt + " attempts: " + e.getMessage());
					return null;
				}
				sleeper.sleepUntil(clock.instant().plus(settings.retryDelay().multipliedBy(attempt)));
			}
		}
	}

	Summary summary() {
		return new Summary(hours, sent, accepted, Map.copyOf(rejected), failedBatches);
	}

}
