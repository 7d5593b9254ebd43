package io.cleanair.portal.page;

import java.time.ZoneId;
import java.util.Map;

import io.cleanair.core.aqi.ChinaCategory;
import io.cleanair.core.pollutant.Pollutant;
import io.cleanair.core.target.TargetStatus;
import io.cleanair.portal.config.PortalProperties;
import io.cleanair.portal.view.PortalView;
import io.cleanair.portal.view.PortalView.StationNow;

import static io.cleanair.portal.page.Html.esc;

/** Pieces the front page and the station page share. */
final class PageParts {

	private PageParts() {
	}

	/** Data time, the rule set in force and the source. */
	static void meta(StringBuilder b, PortalView view, Lang lang, ZoneId zone, PortalProperties.Portal portal) {
		b.append("<p class=\"meta\" id=\"data-time\">")
			.append(lang.pick("数据时间：", "Data time: "))
			.append(view.dataTime() == null ? lang.pick("暂无数据", "no data yet") : Html.time(view.dataTime(), zone))
			.append(lang.pick("（北京时间，整点发布，小时值覆盖前一小时）",
					" (China Standard Time; an hour's value covers the hour before)"))
			.append("</p><p class=\"meta\" id=\"rule-set\">")
			.append(lang.pick("评价标准：", "Rules in force: "))
			.append(Html.ruleSetName(view.ruleSet()))
			.append(lang.pick("《环境空气质量指数（AQI）技术规定》",
					" (China's Technical Regulation on the Ambient Air Quality Index)"))
			.append("</p><p class=\"meta\" id=\"source\">")
			.append(lang.pick("数据来源：", "Source: "))
			.append(esc(lang.pick(portal.sourceZh(), portal.source())))
			.append("</p>");
	}

	/** A station's latest reading: AQI, category in words, primary pollutant, advice. */
	static void reading(StringBuilder b, StationNow s, Lang lang, ZoneId zone) {
		if (s.hour() == null) {
			b.append("<p>").append(lang.pick("暂无数据", "No data yet")).append("</p>");
			return;
		}
		ChinaCategory c = s.category().orElse(null);
		b.append("<p class=\"aqi\">")
			.append(Html.badge(s.hour().aqi(), c))
			.append("<span class=\"category\">")
			.append(c == null ? lang.pick("AQI 无效（数据不全）", "AQI not available (incomplete data)")
					: Html.categoryName(c, lang))
			.append("</span></p><p>")
			.append(lang.pick("首要污染物：", "Primary pollutant: "))
			.append(Html.pollutants(s.hour().primaryPollutants(), lang))
			.append("</p>");
		if (c != null) {
			b.append("<p>")
				.append(lang.pick("健康影响：", "Health effects: "))
				.append(HealthAdvice.effects(c, lang))
				.append("</p><p>")
				.append(lang.pick("建议措施：", "Recommended actions: "))
				.append(HealthAdvice.actions(c, lang))
				.append("</p>");
		}
		b.append("<p class=\"meta\">")
			.append(lang.pick("时段：", "Hour: "))
			.append(Html.time(s.hour().hourStart(), zone))
			.append("–")
			.append(Html.time(s.hour().hourStart().plusSeconds(3600), zone).substring(11))
			.append(" · ")
			.append(Html.ruleSetName(s.hour().ruleSet()))
			.append("</p>");
	}

	static void concentrations(StringBuilder b, Map<Pollutant, Double> values, Lang lang) {
		b.append("<div class=\"scroll\"><table id=\"concentrations\"><caption>")
			.append(lang.pick("本小时浓度", "This hour's concentrations"))
			.append("</caption><thead><tr><th scope=\"col\">")
			.append(lang.pick("污染物", "Pollutant"))
			.append("</th><th scope=\"col\">")
			.append(lang.pick("浓度", "Concentration"))
			.append("</th></tr></thead><tbody>");
		values.forEach((p, v) -> b.append("<tr><th scope=\"row\">")
			.append(Html.pollutantName(p, lang))
			.append("</th><td>")
			.append(p == Pollutant.CO ? String.format("%.1f", v) : String.format("%.0f", v))
			.append(' ')
			.append(Html.unit(p))
			.append("</td></tr>"));
		b.append("</tbody></table></div>");
	}

	static String status(TargetStatus s, Lang lang) {
		return switch (s) {
			case ACHIEVED -> lang.pick("已达成", "achieved");
			case ON_TRACK -> lang.pick("进度正常", "on track");
			case AT_RISK -> lang.pick("有风险", "at risk");
			case MISSED -> lang.pick("无法达成", "cannot be met");
		};
	}

	static String colourEn(ChinaCategory c) {
		return switch (c) {
			case EXCELLENT -> "green";
			case GOOD -> "yellow";
			case LIGHTLY_POLLUTED -> "orange";
			case MODERATELY_POLLUTED -> "red";
			case HEAVILY_POLLUTED -> "purple";
			case SEVERELY_POLLUTED -> "maroon";
		};
	}

	static void footer(StringBuilder b, Lang lang, PortalProperties.Portal portal) {
		b.append("<footer><p>")
			.append(lang.pick("数据来源：", "Source: "))
			.append(esc(lang.pick(portal.sourceZh(), portal.source())))
			.append(lang.pick("。实时数据未经审核，以最终发布为准。",
					". Real-time data are not yet audited; published results may change."))
			.append("</p><p>")
			.append(lang.pick("开放数据接口：", "Open data API: "))
			.append("<a href=\"/api/public/v1/stations\">/api/public/v1/stations</a> · ")
			.append("<a href=\"/v3/api-docs\">OpenAPI</a></p></footer>");
	}

}
