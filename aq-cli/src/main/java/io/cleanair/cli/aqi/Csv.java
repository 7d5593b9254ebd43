package io.cleanair.cli.aqi;

import java.util.ArrayList;
import java.util.List;

/**
 * Minimal RFC 4180 line splitting and quoting: comma separated, double quotes around
 * fields that need them.
 */
final class Csv {

	private Csv() {
	}

	static List<String> split(String line) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char ch = line.charAt(i);
			if (quoted) {
				if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (ch == '"') {
					quoted = false;
				}
				else {
					field.append(ch);
				}
			}
			else if (ch == '"') {
				quoted = true;
			}
			else if (ch == ',') {
				fields.add(field.toString());
				field.setLength(0);
			}
			else {
				field.append(ch);
			}
		}
		fields.add(field.toString());
		return fields;
	}

	static String join(List<String> fields) {
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				sb.append(',');
			}
			sb.append(quote(fields.get(i)));
		}
		return sb.toString();
	}

	private static String quote(String f) {
		if (f.contains(",") || f.contains("\"") || f.contains("\n")) {
			return '"' + f.replace("\"", "\"\"") + '"';
		}
		return f;
	}

}
