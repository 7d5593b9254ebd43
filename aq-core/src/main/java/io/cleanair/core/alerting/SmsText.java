package io.cleanair.core.alerting;

/**
 * SMS length rules. Text that only uses the GSM 03.38 alphabet travels 7-bit: 160
 * characters in a single message, 153 per part of a concatenated one (escape characters
 * such as {@code €} or {@code [} count twice). Anything else, Chinese among it, travels
 * UCS-2: 70 UTF-16 units single, 67 per part. {@link #fit(String, int)} shortens a text
 * to at most a given number of parts, ending it with an ellipsis, rather than splitting
 * it into messages that may arrive out of order.
 */
public final class SmsText {

	private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
			+ "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

	private static final String GSM_EXTENSION = "^{}\\[~]|€\f";

	private SmsText() {
	}

	public static boolean isGsm7(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (GSM_BASIC.indexOf(c) < 0 && GSM_EXTENSION.indexOf(c) < 0) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Length in the units the encoding counts: septets for GSM-7, UTF-16 units for UCS-2.
	 */
	public static int units(String text) {
		if (!isGsm7(text)) {
			return text.length();
		}
		int n = 0;
		for (int i = 0; i < text.length(); i++) {
			n += GSM_EXTENSION.indexOf(text.charAt(i)) >= 0 ? 2 : 1;
		}
		return n;
	}

	/** How many messages the text takes when sent as one concatenated SMS. */
	public static int segments(String text) {
		boolean gsm = isGsm7(text);
		int units = units(text);
		int single = gsm ? 160 : 70;
		int part = gsm ? 153 : 67;
		return units <= single ? 1 : (units + part - 1) / part;
	}

	/**
	 * The text, shortened with an ellipsis when it would take more than
	 * {@code maxSegments} parts.
	 */
	public static String fit(String text, int maxSegments) {
		if (maxSegments < 1) {
			throw new IllegalArgumentException("maxSegments must be at least 1");
		}
		String trimmed = text.strip();
		if (segments(trimmed) <= maxSegments) {
			return trimmed;
		}
		boolean gsm = isGsm7(trimmed);
		String ellipsis = gsm ? "..." : "…";
		int budget = (maxSegments == 1 ? (gsm ? 160 : 70) : maxSegments * (gsm ? 153 : 67)) - units(ellipsis);
		int end = 0;
		int used = 0;
		while (end < trimmed.length()) {
			int cp = trimmed.codePointAt(end);
			int width = gsm ? (GSM_EXTENSION.indexOf(cp) >= 0 ? 2 : 1) : Character.charCount(cp);
			if (used + width > budget) {
				break;
			}
			used += width;
			end += Character.charCount(cp);
		}
		if (gsm) {
			// prefer a word boundary when one is near the end
			int space = trimmed.lastIndexOf(' ', end);
			if (space > end * 4 / 5) {
				end = space;
			}
		}
		return trimmed.substring(0, end).stripTrailing() + ellipsis;
	}

}
