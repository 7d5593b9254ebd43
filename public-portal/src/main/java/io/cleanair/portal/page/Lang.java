package io.cleanair.portal.page;

/** The page's languages: Chinese by default, English on {@code ?lang=en}. */
public enum Lang {

	ZH("zh-CN"), EN("en");

	private final String tag;

	Lang(String tag) {
		this.tag = tag;
	}

	public String tag() {
		return tag;
	}

	public String param() {
		return this == ZH ? "zh" : "en";
	}

	public Lang other() {
		return this == ZH ? EN : ZH;
	}

	public static Lang of(String param) {
		return param != null && param.trim().toLowerCase(java.util.Locale.ROOT).startsWith("en") ? EN : ZH;
	}

	/** The Chinese or the English text. */
	public String pick(String zh, String en) {
		return this == ZH ? zh : en;
	}

}
