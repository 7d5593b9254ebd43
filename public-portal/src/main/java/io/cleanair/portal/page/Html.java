package io.cleanair.portal.page;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import io.cleanair.core.aqi.ChinaCategory;
import io.cleanair.core.pollutant.Pollutant;

/** Escaping and the small pieces every page shares. */
final class Html {

	private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private Html() {
	}

	static String esc(String s) {
		if (s == null) {
			return "";
		}
		StringBuilder b = new StringBuilder(s.length() + 16);
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
				case '<' -> b.append("&lt;");
				case '>' -> b.append("&gt;");
				case '&' -> b.append("&amp;");
				case '"' -> b.append("&quot;");
				case '\'' -> b.append("&#39;");
				default -> b.append(c);
			}
		}
		return b.toString();
	}

	static String time(Instant t, ZoneId zone) {
		return t == null ? "—" : HOUR.format(t.atZone(zone));
	}

	/** "HJ 633-2026" from "hj633-2026". */
	static String ruleSetName(String id) {
		return id == null ? "—" : id.toUpperCase(java.util.Locale.ROOT).replace("HJ633", "HJ 633");
	}

	static String categoryName(ChinaCategory c, Lang lang) {
		return lang.pick(c.nameZh() + "（" + c.levelZh() + "）", c.nameEn() + " (level " + c.levelRoman() + ")");
	}

	/**
	 * Category classes l1…l6 carry the HJ 633 colours; the text beside them names the
	 * category.
	 */
	static String badge(Integer aqi, ChinaCategory c) {
		if (aqi == null || c == null) {
			return "<span class=\"badge na\">NA</span>";
		}
		return "<span class=\"badge l" + c.level() + "\">" + aqi + "</span>";
	}

	static String pollutantName(Pollutant p, Lang lang) {
		return switch (p) {
			case PM2_5 -> lang.pick("细颗粒物 PM2.5", "fine particles PM2.5");
			case PM10 -> lang.pick("可吸入颗粒物 PM10", "particles PM10");
			case SO2 -> lang.pick("二氧化硫 SO₂", "sulphur dioxide SO₂");
			case NO2 -> lang.pick("二氧化氮 NO₂", "nitrogen dioxide NO₂");
			case CO -> lang.pick("一氧化碳 CO", "carbon monoxide CO");
			case O3 -> lang.pick("臭氧 O₃", "ozone O₃");
		};
	}

	static String pollutants(List<String> names, Lang lang) {
		if (names == null || names.isEmpty()) {
			return lang.pick("无", "none");
		}
		return String.join(lang.pick("、", ", "),
				names.stream().map(n -> pollutantName(Pollutant.valueOf(n), lang)).toList());
	}

	static String unit(Pollutant p) {
		return p == Pollutant.CO ? "mg/m³" : "µg/m³";
	}

	static final String STYLE = """
			:root{font-family:system-ui,-apple-system,"Segoe UI","PingFang SC","Microsoft YaHei",sans-serif;line-height:1.5;color:#1a1a1a;background:#fafafa}
			body{margin:0 auto;max-width:72rem;padding:0 1rem 2rem}
			header{padding:1rem 0;border-bottom:1px solid #ccc}
			h1{font-size:1.6rem;margin:.2rem 0}h2{font-size:1.3rem;margin-top:2rem}h3{font-size:1.1rem;margin:.2rem 0}
			a{color:#0645ad}.meta{color:#444;font-size:.95rem;margin:.2rem 0}
			.lang{float:right;font-size:1rem}
			.cards{list-style:none;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(17rem,1fr));gap:.8rem}
			.card{background:#fff;border:1px solid #ddd;border-radius:.5rem;padding:.8rem}
			.card p{margin:.3rem 0}
			.badge{display:inline-block;min-width:3rem;text-align:center;font-weight:700;font-size:1.3rem;border-radius:.3rem;padding:.1rem .4rem;margin-right:.4rem;border:1px solid #0003}
			.l1{background:#00e400;color:#000}.l2{background:#ffff00;color:#000}.l3{background:#ff7e00;color:#000}
			.l4{background:#ff0000;color:#fff}.l5{background:#99004c;color:#fff}.l6{background:#7e0023;color:#fff}
			.na{background:#ddd;color:#000}
			.scroll{overflow-x:auto}
			table{border-collapse:collapse;width:100%;background:#fff;font-size:.95rem}
			caption{text-align:left;font-weight:600;padding:.4rem 0}
			th,td{border:1px solid #ccc;padding:.35rem .5rem;text-align:left;vertical-align:top}
			thead th{background:#eee}
			.chart{width:100%;height:auto;max-width:60rem;background:#fff;border:1px solid #ddd}
			footer{margin-top:2rem;border-top:1px solid #ccc;padding-top:.5rem;font-size:.9rem;color:#444}
			@media (max-width:40rem){h1{font-size:1.3rem}.lang{float:none;display:block}th,td{padding:.3rem}}
			""";

	static void head(StringBuilder b, Lang lang, String title) {
		b.append("<!DOCTYPE html>\n<html lang=\"")
			.append(lang.tag())
			.append("\"><head><meta charset=\"utf-8\">")
			.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
			.append("<title>")
			.append(esc(title))
			.append("</title><style>")
			.append(STYLE)
			.append("</style></head><body>");
	}

}
