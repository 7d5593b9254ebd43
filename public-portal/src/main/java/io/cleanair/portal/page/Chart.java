package io.cleanair.portal.page;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import io.cleanair.core.aqi.ChinaCategory;
import io.cleanair.portal.hour.HourRepository.Hour;

/**
 * The last 48 hours as an inline SVG bar chart, drawn on the server: one bar per hour,
 * coloured by its HJ 633 category, with the category bands' limits as lines. A title and
 * description give screen readers the gist; the table under the chart holds every value.
 */
final class Chart {

	private static final int WIDTH = 960;

	private static final int HEIGHT = 320;

	private static final int LEFT = 44;

	private static final int BOTTOM = 28;

	private static final int TOP = 10;

	private static final int[] BAND_LIMITS = { 50, 100, 150, 200, 300 };

	private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MM-dd HH:mm");

	private Chart() {
	}

	static String svg(List<Hour> hours, Lang lang, ZoneId zone, String stationName) {
		int max = hours.stream().filter(h -> h.aqi() != null).mapToInt(Hour::aqi).max().orElse(0);
		int top = max <= 100 ? 150 : max <= 200 ? 250 : max <= 300 ? 350 : 500;
		double plotHeight = HEIGHT - BOTTOM - TOP;
		double slot = (WIDTH - LEFT - 6) / 48.0;
		StringBuilder b = new StringBuilder(8_192);
		String desc = description(hours, lang, max);
		b.append(
				"<svg id=\"chart\" class=\"chart\" role=\"img\" aria-labelledby=\"chart-title chart-desc\" viewBox=\"0 0 ")
			.append(WIDTH)
			.append(' ')
			.append(HEIGHT)
			.append("\" xmlns=\"http://www.w3.org/2000/svg\">")
			.append("<title id=\"chart-title\">")
			.append(Html.esc(stationName))
			.append(lang.pick("：过去 48 小时空气质量指数", ": hourly AQI over the last 48 hours"))
			.append("</title>")
			.append("<desc id=\"chart-desc\">")
			.append(Html.esc(desc))
			.append("</desc>");
		for (int limit : BAND_LIMITS) {
			if (limit <= top) {
				double y = TOP + plotHeight * (1 - limit / (double) top);
				b.append("<line x1=\"")
					.append(LEFT)
					.append("\" x2=\"")
					.append(WIDTH)
					.append("\" y1=\"")
					.append(fmt(y))
					.append("\" y2=\"")
					.append(fmt(y))
					.append("\" stroke=\"#999\" stroke-dasharray=\"4 4\"/>")
					.append("<text x=\"")
					.append(LEFT - 4)
					.append("\" y=\"")
					.append(fmt(y + 4))
					.append("\" font-size=\"12\" text-anchor=\"end\">")
					.append(limit)
					.append("</text>");
			}
		}
		b.append("<line x1=\"")
			.append(LEFT)
			.append("\" x2=\"")
			.append(WIDTH)
			.append("\" y1=\"")
			.append(HEIGHT - BOTTOM)
			.append("\" y2=\"")
			.append(HEIGHT - BOTTOM)
			.append("\" stroke=\"#333\"/>");
		int offset = 48 - hours.size();
		for (int i = 0; i < hours.size(); i++) {
			Hour h = hours.get(i);
			double x = LEFT + (offset + i) * slot + 1;
			if (h.aqi() != null) {
				double height = plotHeight * Math.min(h.aqi(), top) / top;
				ChinaCategory c = ChinaCategory.of(h.aqi());
				b.append("<rect class=\"bar\" x=\"")
					.append(fmt(x))
					.append("\" y=\"")
					.append(fmt(HEIGHT - BOTTOM - height))
					.append("\" width=\"")
					.append(fmt(slot - 2))
					.append("\" height=\"")
					.append(fmt(Math.max(height, 1)))
					.append("\" fill=\"")
					.append(c.colour().hex())
					.append("\" stroke=\"#0005\"><title>")
					.append(Html.time(h.hourStart(), zone))
					.append(" AQI ")
					.append(h.aqi())
					.append(' ')
					.append(Html.esc(lang.pick(c.nameZh(), c.nameEn())))
					.append("</title></rect>");
			}
			if ((offset + i) % 12 == 0) {
				b.append("<text x=\"")
					.append(fmt(x))
					.append("\" y=\"")
					.append(HEIGHT - 8)
					.append("\" font-size=\"12\">")
					.append(LABEL.format(h.hourStart().atZone(zone)))
					.append("</text>");
			}
		}
		b.append("</svg>");
		return b.toString();
	}

	private static String description(List<Hour> hours, Lang lang, int max) {
		if (hours.isEmpty()) {
			return lang.pick("暂无数据。", "No data yet.");
		}
		Hour last = hours.get(hours.size() - 1);
		int min = hours.stream().filter(h -> h.aqi() != null).mapToInt(Hour::aqi).min().orElse(0);
		return lang.pick(
				hours.size() + " 个小时值，最低 AQI " + min + "，最高 " + max + "，最新 " + (last.aqi() == null ? "NA" : last.aqi())
						+ "。",
				hours.size() + " hourly values; lowest AQI " + min + ", highest " + max + ", latest "
						+ (last.aqi() == null ? "NA" : last.aqi()) + ".");
	}

	private static String fmt(double v) {
		return String.format(java.util.Locale.ROOT, "%.1f", v);
	}

}
