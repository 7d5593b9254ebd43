package io.cleanair.cli.assess;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads files in parallel (one task per file), then merges their stores in argument
 * order.
 */
final class ParallelReading {

	private ParallelReading() {
	}

	static HourlyStore readAll(List<Path> files, InputFormat format, ZoneId zone) {
		int threads = Math.max(1, Math.min(files.size(), Runtime.getRuntime().availableProcessors()));
		ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
			Thread t = new Thread(r, "aq-read");
			t.setDaemon(true);
			return t;
		});
		try {
			List<Future<HourlyStore>> parts = new ArrayList<>();
			for (Path file : files) {
				parts.add(pool.submit(() -> HourlyFileReader.read(file, format, zone)));
			}
			HourlyStore all = new HourlyStore();
			for (Future<HourlyStore> part : parts) {
				all.mergeFrom(join(part));
			}
			return all;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static HourlyStore join(Future<HourlyStore> part) {
		try {
			return part.get();
		}
		catch (ExecutionException e) {
			if (e.getCause() instanceof RuntimeException r) {
				throw r;
			}
			throw new IllegalStateException(e.getCause());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while reading input", e);
		}
	}

}
