package io.cleanair.core.aqi;

/** US EPA AQI categories and colours (EPA-454/B-24-002; docs/standards.md §3.4). */
public enum UsCategory implements Category {

	GOOD(1, "Good", "优", new Colour(0, 228, 0), 0, 50), MODERATE(2, "Moderate", "中等", new Colour(255, 255, 0), 51, 100),
	UNHEALTHY_FOR_SENSITIVE_GROUPS(3, "Unhealthy for Sensitive Groups", "对敏感人群不健康", new Colour(255, 126, 0), 101, 150),
	UNHEALTHY(4, "Unhealthy", "不健康", new Colour(255, 0, 0), 151, 200),
	VERY_UNHEALTHY(5, "Very Unhealthy", "非常不健康", new Colour(143, 63, 151), 201, 300),
	HAZARDOUS(6, "Hazardous", "危险", new Colour(126, 0, 35), 301, Integer.MAX_VALUE);

	private final int level;

	private final String nameEn;

	private final String nameZh;

	private final Colour colour;

	private final int aqiLow;

	private final int aqiHigh;

	UsCategory(int level, String nameEn, String nameZh, Colour colour, int aqiLow, int aqiHigh) {
		this.level = level;
		this.nameEn = nameEn;
		this.nameZh = nameZh;
		this.colour = colour;
		this.aqiLow = aqiLow;
		this.aqiHigh = aqiHigh;
	}

	public static UsCategory of(int aqi) {
		if (aqi < 0) {
			throw new IllegalArgumentException("AQI must not be negative: " + aqi);
		}
		for (UsCategory c : values()) {
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

}
