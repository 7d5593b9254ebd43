package io.cleanair.opschecks;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

/**
 * What Grafana's PostgreSQL data source does to a query before it sends it: the time
 * macros and the dashboard's template variables, expanded the same way for a fixed time
 * range and sample values.
 */
final class GrafanaSql {

	static final String FROM = "'2025-01-01T00:00:00Z'";

	/**
	 * The end of the range: at least the end of 2026, and tomorrow once that is later
	 * (the services' data includes today's hours).
	 */
	static final String TO = "'"
			+ java.util.Collections.max(java.util.List.of(java.time.Instant.parse("2026-12-31T00:00:00Z"),
					java.time.Instant.now()
						.truncatedTo(java.time.temporal.ChronoUnit.DAYS)
						.plus(1, java.time.temporal.ChronoUnit.DAYS)))
			+ "'";

	/**
	 * Values the variables take in the check; a variable not named here takes its own
	 * current value.
	 */
	static final Map<String, List<String>> SAMPLES = Map.of("district", List.of("dongcheng", "xicheng"), "station",
			List.of("dongsi", "tiantan"), "pollutant", List.of("PM2_5"), "year", List.of("2026"));

	private static final Pattern TIME_GROUP = Pattern
		.compile("\\$__timeGroup(Alias)?\\(\\s*([^,()]+(?:\\([^()]*\\))?[^,()]*)\\s*,\\s*'?([^)']+)'?\\s*\\)");

	private static final Pattern TIME_FILTER = Pattern.compile("\\$__timeFilter\\(\\s*([^)]+?)\\s*\\)");

	private static final Pattern VARIABLE = Pattern.compile("\\$\\{(\\w+)(?::\\w+)?}|\\$(\\w+)|\\[\\[(\\w+)]]");

	private GrafanaSql() {
	}

	static String expand(String sql, JsonNode dashboard) {
		String expanded = macros(sql);
		Matcher m = VARIABLE.matcher(expanded);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
			m.appendReplacement(out, Matcher.quoteReplacement(value(name, dashboard)));
		}
		m.appendTail(out);
		return out.toString();
	}

	static String macros(String sql) {
		Matcher group = TIME_GROUP.matcher(sql);
		StringBuilder out = new StringBuilder();
		while (group.find()) {
			long seconds = seconds(group.group(3).trim());
			String expression = "floor(extract(epoch from " + group.group(2).trim() + ")/" + seconds + ")*" + seconds;
			group.appendReplacement(out,
					Matcher.quoteReplacement(group.group(1) != null ? expression + " AS \"time\"" : expression));
		}
		group.appendTail(out);
		String result = TIME_FILTER.matcher(out.toString())
			.replaceAll(f -> Matcher.quoteReplacement(f.group(1) + " BETWEEN " + FROM + " AND " + TO));
		return result.replace("$__timeFrom()", FROM)
			.replace("$__timeTo()", TO)
			.replace("$__interval_ms", "3600000")
			.replace("$__interval", "1h");
	}

	private static long seconds(String interval) {
		if (interval.equals("$__interval")) {
			return 3600;
		}
		Matcher m = Pattern.compile("(\\d+)([smhdw])").matcher(interval);
		if (!m.matches()) {
			throw new IllegalArgumentException("Unknown interval " + interval);
		}
		long n = Long.parseLong(m.group(1));
		return n * switch (m.group(2)) {
			case "s" -> 1;
			case "m" -> 60;
			case "h" -> 3600;
			case "d" -> 86400;
			default -> 604800;
		};
	}

	/**
	 * Multi-value and include-all variables are quoted and comma-separated, others
	 * inserted as they are.
	 */
	private static String value(String name, JsonNode dashboard) {
		for (JsonNode variable : dashboard.path("templating").path("list")) {
			if (variable.path("name").asString().equals(name)) {
				List<String> values = SAMPLES.getOrDefault(name, List.of(current(variable)));
				boolean quoted = variable.path("multi").asBoolean(false)
						|| variable.path("includeAll").asBoolean(false);
				return quoted
						? values.stream().map(v -> "'" + v.replace("'", "''") + "'").collect(Collectors.joining(","))
						: values.get(0);
			}
		}
		throw new AssertionError("Variable $" + name + " is not defined in " + dashboard.path("uid").asString());
	}

	private static String current(JsonNode variable) {
		JsonNode value = variable.path("current").path("value");
		return value.isArray() ? value.get(0).asString() : value.asString("");
	}

}
