package io.cleanair.cli.recompute;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

/** One progress line: a bar, the share done, the last day done and the changes so far. */
final class Progress {

	private static final int WIDTH = 30;

	private Progress() {
	}

	static String line(long done, long total, LocalDate through, Map<String, Integer> changed) {
		int filled = total == 0 ? WIDTH : (int) (WIDTH * done / total);
		return String.format("[%s%s] %3d%% %d/%d days, through %s; changed %s", "#".repeat(filled),
				".".repeat(WIDTH - filled), total == 0 ? 100 : 100 * done / total, done, total, through,
				counts(changed));
	}

	static String counts(Map<String, Integer> changed) {
		if (changed.isEmpty()) {
			return "nothing";
		}
		return changed.entrySet()
			.stream()
			.map(e -> e.getValue() + " " + e.getKey().toLowerCase(java.util.Locale.ROOT))
			.collect(Collectors.joining(", "));
	}

}
