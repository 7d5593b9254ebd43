package io.cleanair.cli.importing;

import java.util.Locale;

/**
 * One progress line: a bar, the share sent, readings per second, and what ingest answered
 * so far.
 */
final class ImportProgress {

	private static final int WIDTH = 30;

	private ImportProgress() {
	}

	static String line(long done, long total, double seconds, long accepted, long rejected) {
		int filled = total == 0 ? WIDTH : (int) Math.min(WIDTH, WIDTH * done / total);
		long percent = total == 0 ? 100 : 100 * done / total;
		long rate = seconds <= 0 ? 0 : Math.round(done / seconds);
		return String.format(Locale.ROOT, "[%s%s] %3d%% %,d/%,d readings, %,d/s; accepted %,d, rejected %,d",
				"#".repeat(filled), ".".repeat(WIDTH - filled), percent, done, total, rate, accepted, rejected);
	}

}
