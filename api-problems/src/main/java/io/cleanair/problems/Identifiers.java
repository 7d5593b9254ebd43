package io.cleanair.problems;

import java.util.regex.Pattern;

/**
 * The one rule for identifiers every service accepts (station, district, official, city
 * and key ids, providers): a letter or digit, then up to 63 letters, digits, {@code .},
 * {@code _} or {@code -}. And the one rule for free text (names, units, notes): no
 * control characters but tab, line feed and carriage return. docs/errors.md states both.
 */
public final class Identifiers {

	/** The identifier rule as a regular expression. */
	public static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

	/** How a rejection words the rule. */
	public static final String RULE = "a letter or digit, then up to 63 letters, digits, '.', '_' or '-'";

	private static final Pattern IDENTIFIER = Pattern.compile(PATTERN);

	private Identifiers() {
	}

	public static boolean isIdentifier(String value) {
		return value != null && IDENTIFIER.matcher(value).matches();
	}

	/**
	 * Whether the text holds NUL or another control character (C0, DEL, C1) other than
	 * tab, line feed and carriage return.
	 */
	public static boolean hasControlCharacter(CharSequence text) {
		if (text == null) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
				return true;
			}
		}
		return false;
	}

	/**
	 * A {@code bad-parameter} problem unless {@code value} is an identifier.
	 * @throws ApiProblem naming {@code parameter}
	 */
	public static String requireIdentifier(String parameter, String value) {
		if (!isIdentifier(value)) {
			throw ApiProblem.badParameter(parameter, "'" + parameter + "' must be an identifier: " + RULE);
		}
		return value;
	}

}
