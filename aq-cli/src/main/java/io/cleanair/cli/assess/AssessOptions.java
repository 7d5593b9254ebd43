package io.cleanair.cli.assess;

import io.cleanair.core.aqi.MissingDataPolicy;
import io.cleanair.core.assessment.FlaggedValuePolicy;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The validated options of {@code aq assess}. */
record AssessOptions(String standard, Grouping grouping, InputFormat format, double minStationShare,
		FlaggedValuePolicy flagged, Map<String, MissingDataPolicy> dayValidity) {

	/** The HJ 633 choices of the assessment (US indices do not define good days). */
	static final List<String> STANDARDS = List.of("hj633", "hj633-2012", "hj633-2026");

	/** The editions whose day-validity policy {@code --day-validity} can replace. */
	static final List<String> EDITIONS = List.of("hj633-2012", "hj633-2026");

	static AssessOptions parse(String standard, String group, String format, double minStationShare, String flagged,
			Map<String, String> dayValidity) {
		String s = standard.strip().toLowerCase(Locale.ROOT);
		if (!STANDARDS.contains(s)) {
			throw new IllegalArgumentException(
					"unknown --standard '" + standard + "'; expected one of " + String.join(", ", STANDARDS));
		}
		Grouping g = switch (group.strip().toLowerCase(Locale.ROOT)) {
			case "station" -> Grouping.STATION;
			case "city" -> Grouping.CITY;
			default -> throw new IllegalArgumentException("unknown --group '" + group + "'; expected station or city");
		};
		InputFormat f = format == null ? null : switch (format.strip().toLowerCase(Locale.ROOT)) {
			case "long" -> InputFormat.LONG;
			case "prsa" -> InputFormat.PRSA;
			default -> throw new IllegalArgumentException("unknown --format '" + format + "'; expected long or prsa");
		};
		if (!(minStationShare >= 0 && minStationShare <= 1)) {
			throw new IllegalArgumentException("--min-station-share must be 0..1, got " + minStationShare);
		}
		return new AssessOptions(s, g, f, minStationShare, flaggedPolicy(flagged), dayValidity(dayValidity));
	}

	private static FlaggedValuePolicy flaggedPolicy(String flagged) {
		return switch (flagged.strip().toLowerCase(Locale.ROOT)) {
			case "use" -> FlaggedValuePolicy.USE;
			case "exclude" -> FlaggedValuePolicy.EXCLUDE;
			case "hold" -> FlaggedValuePolicy.HOLD;
			default -> throw new IllegalArgumentException(
					"unknown --flagged '" + flagged + "'; expected use, exclude or hold");
		};
	}

	private static Map<String, MissingDataPolicy> dayValidity(Map<String, String> given) {
		Map<String, MissingDataPolicy> policies = new LinkedHashMap<>();
		given.forEach((edition, policy) -> {
			String e = edition.strip().toLowerCase(Locale.ROOT);
			if (!EDITIONS.contains(e)) {
				throw new IllegalArgumentException("--day-validity: unknown edition '" + edition + "'; expected one of "
						+ String.join(", ", EDITIONS));
			}
			try {
				policies.put(e, MissingDataPolicy.valueOf(policy.strip().toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("--day-validity: unknown policy '" + policy + "'; expected one of "
						+ Arrays.toString(MissingDataPolicy.values()));
			}
		});
		return policies;
	}
}
