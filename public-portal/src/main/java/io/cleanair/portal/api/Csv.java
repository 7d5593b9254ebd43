package io.cleanair.portal.api;

import java.util.List;

/**
 * RFC 4180 CSV: a header line, then one line per row; fields with commas, quotes or
 * breaks are quoted.
 */
final class Csv {

	private Csv() {
	}

	static String of(List<String> header, List<List<Object>> rows) {
		StringBuilder b = new StringBuilder(256 + rows.size() * 96);
		line(b, header.stream().map(h -> (Object) h).toList());
		rows.forEach(r -> line(b, r));
		return b.toString();
	}

	private static void line(StringBuilder b, List<Object> fields) {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				b.append(',');
			}
			Object f = fields.get(i);
			String s = f == null ? "" : f.toString();
			if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
				b.append('"').append(s.replace("\"", "\"\"")).append('"');
			}
			else {
				b.append(s);
			}
		}
		b.append("\r\n");
	}

}
