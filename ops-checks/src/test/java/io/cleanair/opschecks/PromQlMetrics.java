package io.cleanair.opschecks;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric names a PromQL expression reads (label matchers, grouping labels, functions
 * and keywords left out).
 */
final class PromQlMetrics {

	private static final Set<String> KEYWORDS = Set.of("by", "without", "on", "ignoring", "group_left", "group_right",
			"and", "or", "unless", "bool", "offset", "inf", "nan");

	private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

	private PromQlMetrics() {
	}

	static Set<String> in(String expr) {
		String stripped = expr.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"")
			.replaceAll("\\{[^}]*}", " ")
			.replaceAll("\\[[^]]*]", " ")
			.replaceAll("(?i)\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ")
			.replaceAll("\\$\\{?\\w+}?", " ");
		Set<String> names = new LinkedHashSet<>();
		Matcher m = IDENTIFIER.matcher(stripped);
		while (m.find()) {
			String name = m.group();
			String rest = stripped.substring(m.end()).stripLeading();
			boolean function = rest.startsWith("(");
			boolean numberSuffix = m.start() > 0 && Character.isDigit(stripped.charAt(m.start() - 1));
			if (!function && !numberSuffix && !KEYWORDS.contains(name.toLowerCase())) {
				names.add(name);
			}
		}
		return names;
	}

}
