package io.cleanair.cli.importing;

import io.cleanair.cli.assess.HourlyFile;
import io.cleanair.cli.simulate.IngestResult;
import io.cleanair.cli.simulate.ReadingSender;
import io.cleanair.cli.simulate.SimulatedReading;
import io.cleanair.core.pollutant.ConcentrationUnit;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Sends files' hourly values to ingest-service in batches, several in flight, each
 * retried with a growing delay while ingest cannot take it (no connection, 5xx, 429). The
 * checkpoint advances over every stretch of batches acknowledged without a gap, so a run
 * resumes where the last one's acknowledged readings end; what is resent after a crash is
 * an identical resend, which changes nothing where readings are stored.
 */
final class ImportRun {

	/**
	 * @param batchSize readings per request (ingest takes up to 10,000)
	 * @param inFlight requests at a time
	 * @param attempts tries per batch before the run stops
	 * @param firstRetryDelay wait before the second try; doubled for each further one
	 * @param lowerCaseIds send station ids in lower case (the PRSA files' "Dongsi" is the
	 * registry's {@code dongsi})
	 */
	record Settings(int batchSize, int inFlight, int attempts, Duration firstRetryDelay, boolean lowerCaseIds) {
	}

	/** One file and its checkpoint key. */
	record Source(String key, HourlyFile file) {
	}

	/** What a run did; {@code failure} is null when every batch was answered. */
	record Summary(long total, long skipped, long sent, long accepted, Map<String, Long> rejectedByCode, double seconds,
			String failure) {

		long rejected() {
			return rejectedByCode.values().stream().mapToLong(Long::longValue).sum();
		}

		String text() {
			StringBuilder codes = new StringBuilder();
			rejectedByCode.forEach((code, n) -> codes.append(codes.isEmpty() ? "" : ", ")
				.append(code)
				.append(' ')
				.append(String.format(Locale.ROOT, "%,d", n)));
			return String.format(Locale.ROOT, "%,d readings sent in %.1f s (%,d/s): accepted %,d, rejected %,d%s%s",
					sent, seconds, seconds <= 0 ? 0 : Math.round(sent / seconds), accepted, rejected(),
					codes.isEmpty() ? "" : " (" + codes + ")",
					skipped == 0 ? "" : String.format(Locale.ROOT, "; %,d already imported, skipped", skipped));
		}
	}

	private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	private final ReadingSender sender;

	private final Settings settings;

	private final Checkpoint checkpoint;

	private final ZoneId zone;

	private final Retry retry;

	ImportRun(ReadingSender sender, Settings settings, Checkpoint checkpoint, ZoneId zone) {
		this.sender = sender;
		this.settings = settings;
		this.checkpoint = checkpoint;
		this.zone = zone;
		this.retry = Retry.of("ingest",
				RetryConfig.custom()
					.maxAttempts(settings.attempts())
					.intervalFunction(IntervalFunction.ofExponentialBackoff(settings.firstRetryDelay(), 2.0))
					.retryExceptions(ReadingSender.RetryableException.class)
					.build());
	}

	/**
	 * Sends every source's values not yet acknowledged; {@code progress} gets a line now
	 * and then.
	 */
	Summary run(List<Source> sources, Consumer<String> progress) throws InterruptedException {
		long total = 0;
		long skipped = 0;
		for (Source s : sources) {
			total += s.file().count();
			skipped += Math.min(checkpoint.done(s.key()), s.file().count());
		}
		Tally tally = new Tally(skipped);
		long started = System.nanoTime();
		ExecutorService pool = Executors.newFixedThreadPool(settings.inFlight());
		Semaphore slots = new Semaphore(settings.inFlight());
		long lastLine = 0;
		try {
			for (Source source : sources) {
				long from = Math.min(checkpoint.done(source.key()), source.file().count());
				Acknowledgements acks = new Acknowledgements(source.key(), from);
				List<List<SimulatedReading>> pending = new ArrayList<>();
				List<SimulatedReading>[] batch = new List[] { new ArrayList<>(settings.batchSize()) };
				source.file().forEach(from, value -> {
					batch[0].add(reading(value));
					if (batch[0].size() == settings.batchSize()) {
						pending.add(batch[0]);
						batch[0] = new ArrayList<>(settings.batchSize());
					}
				});
				if (!batch[0].isEmpty()) {
					pending.add(batch[0]);
				}
				for (List<SimulatedReading> readings : pending) {
					slots.acquire();
					if (tally.failure.get() != null) {
						slots.release();
						break;
					}
					long index = acks.next(readings.size());
					pool.execute(() -> {
						try {
							IngestResult answer = Retry.decorateCheckedSupplier(retry, () -> sender.send(readings))
								.get();
							tally.add(readings.size(), answer);
							acks.done(index);
						}
						catch (Throwable e) {
							tally.failure.compareAndSet(null, describe(e));
						}
						finally {
							slots.release();
						}
					});
					long now = System.nanoTime();
					if (now - lastLine > TimeUnit.MILLISECONDS.toNanos(500)) {
						lastLine = now;
						progress.accept(ImportProgress.line(tally.done(), total, (now - started) / 1e9,
								tally.accepted.get(), tally.rejected()));
					}
				}
				slots.acquire(settings.inFlight());
				slots.release(settings.inFlight());
				if (tally.failure.get() != null) {
					break;
				}
			}
		}
		finally {
			pool.shutdown();
			pool.awaitTermination(1, TimeUnit.MINUTES);
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		progress.accept(ImportProgress.line(tally.done(), total, seconds, tally.accepted.get(), tally.rejected()));
		return new Summary(total, skipped, tally.sent.get(), tally.accepted.get(), tally.codes(), seconds,
				tally.failure.get());
	}

	private SimulatedReading reading(HourlyFile.Value v) {
		String station = settings.lowerCaseIds() ? v.station().toLowerCase(Locale.ROOT) : v.station();
		String unit = v.pollutant().canonicalUnit() == ConcentrationUnit.MG_M3 ? "mg/m3" : "ug/m3";
		return new SimulatedReading(station, TIME.format(v.time().atZone(zone).toOffsetDateTime()),
				v.pollutant().name(), Double.toString(v.value()), unit);
	}

	private static String describe(Throwable e) {
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}

	/** Answers so far, shared by the senders. */
	private static final class Tally {

		final AtomicLong sent = new AtomicLong();

		final AtomicLong accepted = new AtomicLong();

		final AtomicReference<String> failure = new AtomicReference<>();

		private final long skipped;

		private final Map<String, Long> rejected = new TreeMap<>();

		Tally(long skipped) {
			this.skipped = skipped;
		}

		synchronized void add(int readings, IngestResult answer) {
			sent.addAndGet(readings);
			accepted.addAndGet(answer.accepted());
			answer.rejectedByCode().forEach((code, n) -> rejected.merge(code, (long) n, Long::sum));
		}

		long done() {
			return skipped + sent.get();
		}

		synchronized long rejected() {
			return rejected.values().stream().mapToLong(Long::longValue).sum();
		}

		synchronized Map<String, Long> codes() {
			return new TreeMap<>(rejected);
		}

	}

	/**
	 * The batches of one file by index, each with the values up to its end; the
	 * checkpoint moves to the end of the last batch before which none is outstanding.
	 */
	private final class Acknowledgements {

		private final String file;

		private final List<Long> ends = new ArrayList<>();

		private final List<Boolean> acknowledged = new ArrayList<>();

		private long end;

		private int firstOutstanding;

		Acknowledgements(String file, long from) {
			this.file = file;
			this.end = from;
		}

		synchronized long next(int readings) {
			end += readings;
			ends.add(end);
			acknowledged.add(false);
			return ends.size() - 1;
		}

		synchronized void done(long index) {
			acknowledged.set((int) index, true);
			int before = firstOutstanding;
			while (firstOutstanding < acknowledged.size() && acknowledged.get(firstOutstanding)) {
				firstOutstanding++;
			}
			if (firstOutstanding > before) {
				checkpoint.record(file, ends.get(firstOutstanding - 1));
			}
		}

	}

}
