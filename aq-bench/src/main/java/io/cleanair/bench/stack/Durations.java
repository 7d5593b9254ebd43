package io.cleanair.bench.stack;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark's durations: {@code 90s}, {@code 10m}, {@code 2h}, {@code 1d} or
 * ISO-8601.
 */
public final class Durations {

	private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*([smhd])");

	private Durations() {
	}

	public static Duration parse(String option, String text) {
		String value = text.trim().toLowerCase(Locale.ROOT);
		Matcher m = SHORT.matcher(value);
		if (m.matches()) {
			long n = Long.parseLong(m.group(1));
			return switch (m.group(2)) {
				case "s" -> Duration.ofSeconds(n);
				case "m" -> Duration.ofMinutes(n);
				case "h" -> Duration.ofHours(n);
				default -> Duration.ofDays(n);
			};
		}
		try {
			return Duration.parse(value.toUpperCase(Locale.ROOT));
		}
		catch (DateTimeParseException e) {
			throw new IllegalArgumentException(option + ": '" + text + "' is not a duration (90s, 10m, 2h, 1d, PT1H)");
		}
	}

}
