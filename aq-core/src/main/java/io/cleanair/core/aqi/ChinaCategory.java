package io.cleanair.core.aqi;

/**
 * HJ 633 Appendix A, the same in 2012 and 2026 (2026 writes level I as 1–50; AQI 0 is
 * level I here too).
 */
public enum ChinaCategory implements Category {

	EXCELLENT(1, "一级", "优", "Excellent", "绿色", new Colour(0, 228, 0), 0, 50),
	GOOD(2, "二级", "良", "Good", "黄色", new Colour(255, 255, 0), 51, 100),
	LIGHTLY_POLLUTED(3, "三级", "轻度污染", "Lightly polluted", "橙色", new Colour(255, 126, 0), 101, 150),
	MODERATELY_POLLUTED(4, "四级", "中度污染", "Moderately polluted", "红色", new Colour(255, 0, 0), 151, 200),
	HEAVILY_POLLUTED(5, "五级", "重度污染", "Heavily polluted", "紫色", new Colour(153, 0, 76), 201, 300),
	SEVERELY_POLLUTED(6, "六级", "严重污染", "Severely polluted", "褐红色", new Colour(126, 0, 35), 301, Integer.MAX_VALUE);

	private final int level;

	private final String levelZh;

	private final String nameZh;

	private final String nameEn;

	private final String colourZh;

	private final Colour colour;

	private final int aqiLow;

	private final int aqiHigh;

	ChinaCategory(int level, String levelZh, String nameZh, String nameEn, String colourZh, Colour colour, int aqiLow,
			int aqiHigh) {
		this.level = level;
		this.levelZh = levelZh;
		this.nameZh = nameZh;
		this.nameEn = nameEn;
		this.colourZh = colourZh;
		this.colour = colour;
		this.aqiLow = aqiLow;
		this.aqiHigh = aqiHigh;
	}

	public static ChinaCategory of(int aqi) {
		if (aqi < 0) {
			throw new IllegalArgumentException("AQI must not be negative: " + aqi);
		}
		for (ChinaCategory c : values()) {
			if (c.contains(aqi)) {
				return c;
			}
		}
		throw new IllegalStateException("no category for " + aqi);
	}

	@Override
	public int level() {
		return level;
	}

	@Override
	public String nameEn() {
		return nameEn;
	}

	@Override
	public String nameZh() {
		return nameZh;
	}

	@Override
	public Colour colour() {
		return colour;
	}

	@Override
	public int aqiLow() {
		return aqiLow;
	}

	@Override
	public int aqiHigh() {
		return aqiHigh;
	}

	/** "一级" … "六级". */
	public String levelZh() {
		return levelZh;
	}

	/** Roman numeral I … VI. */
	public String levelRoman() {
		return new String[] { "I", "II", "III", "IV", "V", "VI" }[level - 1];
	}

	public String colourZh() {
		return colourZh;
	}

}
