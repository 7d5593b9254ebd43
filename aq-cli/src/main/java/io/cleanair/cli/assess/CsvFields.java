package io.cleanair.cli.assess;

/**
 * A fast splitter for the simple comma-separated lines of the hourly formats (no embedded
 * commas or quotes inside fields; surrounding double quotes are stripped). Reused per
 * line to avoid garbage.
 */
final class CsvFields {

	private final int[] starts;

	private final int[] ends;

	private String line;

	private int count;

	CsvFields(int maxFields) {
		starts = new int[maxFields];
		ends = new int[maxFields];
	}

	/** Splits {@code line}; returns the number of fields (capped at the maximum). */
	int split(String line) {
		this.line = line;
		count = 0;
		int start = 0;
		int length = line.length();
		while (count < starts.length) {
			int comma = line.indexOf(',', start);
			int end = comma < 0 ? length : comma;
			starts[count] = start;
			ends[count] = end;
			count++;
			if (comma < 0) {
				break;
			}
			start = comma + 1;
		}
		return count;
	}

	String text(int field) {
		int s = starts[field];
		int e = ends[field];
		if (e - s >= 2 && line.charAt(s) == '"' && line.charAt(e - 1) == '"') {
			s++;
			e--;
		}
		return line.substring(s, e).strip();
	}

	/** Whether the field (unquoted, unpadded) equals {@code text}, without allocating. */
	boolean textEquals(int field, String text) {
		int s = starts[field];
		int e = ends[field];
		if (e - s >= 2 && line.charAt(s) == '"' && line.charAt(e - 1) == '"') {
			s++;
			e--;
		}
		return e - s == text.length() && line.regionMatches(s, text, 0, text.length());
	}

	/** Parses a non-negative integer; throws NumberFormatException otherwise. */
	int integer(int field) {
		int s = starts[field];
		int e = ends[field];
		if (s == e) {
			throw new NumberFormatException("empty");
		}
		int value = 0;
		for (int i = s; i < e; i++) {
			char c = line.charAt(i);
			if (c < '0' || c > '9' || value > 100_000_000) {
				throw new NumberFormatException(line.substring(s, e));
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

	/**
	 * A decimal number, or NaN for an empty field or "NA"; throws NumberFormatException
	 * otherwise.
	 */
	double number(int field) {
		String t = text(field);
		if (t.isEmpty() || t.equals("NA")) {
			return Double.NaN;
		}
		double value = Double.parseDouble(t);
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			throw new NumberFormatException(t);
		}
		return value;
	}

}
