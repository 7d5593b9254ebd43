package io.cleanair.core.alerting;

import java.util.Locale;

/** The language an official reads alerts in. */
public enum Language {

	ZH, EN;

	/**
	 * {@code zh}, {@code zh-CN}, {@code en}, {@code en-GB} ... in any case; null or blank
	 * is Chinese.
	 */
	public static Language parse(String tag) {
		if (tag == null || tag.isBlank()) {
			return ZH;
		}
		String lower = tag.trim().toLowerCase(Locale.ROOT);
		if (lower.startsWith("zh")) {
			return ZH;
		}
		if (lower.startsWith("en")) {
			return EN;
		}
		throw new IllegalArgumentException("language must be zh or en, not '" + tag + "'");
	}

	public String tag() {
		return name().toLowerCase(Locale.ROOT);
	}

}
