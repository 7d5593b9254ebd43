package io.cleanair.portal.page;

import java.time.ZoneId;

import io.cleanair.core.aqi.ChinaCategory;
import io.cleanair.portal.config.PortalProperties;
import io.cleanair.portal.view.PortalView;
import io.cleanair.portal.view.PortalView.DistrictRow;
import io.cleanair.portal.view.PortalView.GoodDays;
import io.cleanair.portal.view.PortalView.RankEntry;
import io.cleanair.portal.view.PortalView.StationNow;
import org.springframework.stereotype.Component;

import static io.cleanair.portal.page.Html.esc;

/**
 * The front page: stations now, the district table, the month's ranking and the HJ 633
 * advice table.
 */
@Component
public class IndexPage {

	private final ZoneId zone;

	private final PortalProperties.Portal portal;

	IndexPage(PortalProperties properties) {
		this.zone = properties.zone();
		this.portal = properties.portal();
	}

	public String render(PortalView view, Lang lang) {
		StringBuilder b = new StringBuilder(32_768);
		String title = lang.pick("城市空气质量实时发布", "City air quality, live");
		Html.head(b, lang, title);
		b.append("<header><a class=\"lang\" href=\"/?lang=")
			.append(lang.other().param())
			.append("\" hreflang=\"")
			.append(lang.other().tag())
			.append("\" lang=\"")
			.append(lang.other().tag())
			.append("\">")
			.append(lang.pick("English", "中文"))
			.append("</a>");
		b.append("<h1>").append(title).append("</h1>");
		PageParts.meta(b, view, lang, zone, portal);
		b.append("</header><main>");
		stations(b, view, lang);
		districts(b, view, lang);
		ranking(b, view, lang);
		adviceTable(b, lang);
		b.append("</main>");
		PageParts.footer(b, lang, portal);
		b.append("</body></html>\n");
		return b.toString();
	}

	private void stations(StringBuilder b, PortalView view, Lang lang) {
		b.append("<section aria-labelledby=\"stations-h\"><h2 id=\"stations-h\">")
			.append(lang.pick("各站点实时空气质量指数（小时）", "Each station's real-time (hourly) AQI"))
			.append("</h2>");
		if (view.stations().isEmpty()) {
			b.append("<p>").append(lang.pick("暂无站点数据。", "No station data yet.")).append("</p></section>");
			return;
		}
		b.append("<ul class=\"cards\" id=\"stations\">");
		for (StationNow s : view.stations()) {
			b.append("<li class=\"card\" data-station=\"")
				.append(esc(s.id()))
				.append("\" data-category=\"")
				.append(s.category().map(Enum::name).orElse("NA"))
				.append("\"><h3><a href=\"/stations/")
				.append(esc(s.id()))
				.append("?lang=")
				.append(lang.param())
				.append("\">")
				.append(esc(s.name()))
				.append("</a></h3><p>")
				.append(esc(lang.pick("所在区：", "District: ")))
				.append(esc(s.districtName()))
				.append("</p>");
			PageParts.reading(b, s, lang, zone);
			b.append("</li>");
		}
		b.append("</ul></section>");
	}

	private void districts(StringBuilder b, PortalView view, Lang lang) {
		b.append("<section aria-labelledby=\"districts-h\"><h2 id=\"districts-h\">")
			.append(lang.pick("各区空气质量与优良天数目标", "Districts: air quality and good-day targets"))
			.append("</h2>");
		b.append("<div class=\"scroll\"><table id=\"districts\"><caption>")
			.append(lang.pick("各区最新日空气质量指数、今年优良天数与目标、本月排名（" + view.today() + "）",
					"Each district's latest daily AQI, good days this year against its target, and this month's rank ("
							+ view.today() + ")"))
			.append("</caption><thead><tr>");
		for (String h : new String[] { lang.pick("区", "District"), lang.pick("日 AQI（日期）", "Daily AQI (day)"),
				lang.pick("类别", "Category"), lang.pick("今年优良天数 / 有效天数", "Good days / valid days this year"),
				lang.pick("优良率", "Good-day rate"), lang.pick("目标", "Target"), lang.pick("进度", "Progress"),
				lang.pick("本月排名（综合指数）", "This month's rank (composite index)") }) {
			b.append("<th scope=\"col\">").append(h).append("</th>");
		}
		b.append("</tr></thead><tbody>");
		for (DistrictRow d : view.districts()) {
			b.append("<tr data-district=\"")
				.append(esc(d.id()))
				.append("\"><th scope=\"row\">")
				.append(esc(d.name()))
				.append("</th>");
			if (d.latestDay() == null) {
				b.append("<td>—</td><td>—</td>");
			}
			else {
				ChinaCategory c = d.latestDay().chinaCategory().orElse(null);
				b.append("<td>")
					.append(Html.badge(d.latestDay().aqi(), c))
					.append(' ')
					.append(d.latestDay().day().equals(view.today()) ? lang.pick("今日", "today")
							: d.latestDay().day().toString())
					.append("</td><td>")
					.append(c == null ? lang.pick("无有效值", "not valid (yet)") : Html.categoryName(c, lang))
					.append("</td>");
			}
			goodDays(b, d.goodDays(), lang);
			RankEntry r = d.rank();
			b.append("<td>")
				.append(r == null || r.rank() == 0 ? "—" : r.rank() + " (" + r.compositeIndex() + ")")
				.append("</td></tr>");
		}
		b.append("</tbody></table></div></section>");
	}

	private static void goodDays(StringBuilder b, GoodDays g, Lang lang) {
		if (g == null) {
			b.append("<td>—</td><td>—</td><td>—</td><td>—</td>");
			return;
		}
		b.append("<td>")
			.append(g.goodDays())
			.append(" / ")
			.append(g.validDays())
			.append("</td><td>")
			.append(g.rate() == null ? "—" : g.rate() + " %")
			.append("</td><td>");
		if (g.targetRate() != null) {
			b.append(g.targetRate().stripTrailingZeros().toPlainString()).append(" %");
		}
		else if (g.targetCount() != null) {
			b.append(g.targetCount()).append(lang.pick(" 天", " days"));
		}
		else {
			b.append(lang.pick("未公布", "not published"));
		}
		if (g.requiredGoodDays() != null) {
			b.append(lang.pick("（全年需 ", " ("))
				.append(g.requiredGoodDays())
				.append(lang.pick(" 天）", " good days needed in the year)"));
		}
		b.append("</td><td>").append(g.status() == null ? "—" : PageParts.status(g.status(), lang));
		if (g.goodDaysNeeded() != null && g.goodDaysNeeded() > 0) {
			b.append(lang.pick("，还需 ", "; ")).append(g.goodDaysNeeded()).append(lang.pick(" 个优良天", " more good days"));
		}
		b.append("</td>");
	}

	private static void ranking(StringBuilder b, PortalView view, Lang lang) {
		PortalView.Ranking r = view.ranking();
		b.append("<section aria-labelledby=\"ranking-h\"><h2 id=\"ranking-h\">")
			.append(lang.pick("本月各区排名", "This month's district ranking"))
			.append("</h2>");
		b.append("<div class=\"scroll\"><table id=\"ranking\"><caption>")
			.append(lang.pick("按环境空气质量综合指数排名（越小越好），" + r.from() + " 至 " + r.to(),
					"Ranked by the composite air-quality index (smaller is cleaner), " + r.from() + " to " + r.to()))
			.append("</caption><thead><tr>");
		for (String h : new String[] { lang.pick("名次", "Rank"), lang.pick("区", "District"),
				lang.pick("综合指数", "Composite index"), lang.pick("首要污染物", "Main pollutant"),
				lang.pick("优良率", "Good-day rate"), lang.pick("有效天数", "Valid days") }) {
			b.append("<th scope=\"col\">").append(h).append("</th>");
		}
		b.append("</tr></thead><tbody>");
		for (RankEntry e : r.entries()) {
			b.append("<tr><td>")
				.append(e.rank() == 0 ? "—" : String.valueOf(e.rank()))
				.append("</td><th scope=\"row\">")
				.append(esc(e.districtName()))
				.append("</th><td>")
				.append(e.compositeIndex() == null ? lang.pick("数据不足", "not enough data")
						: e.compositeIndex().toPlainString())
				.append("</td><td>")
				.append(e.primaryPollutant() == null ? "—" : Html.pollutantName(e.primaryPollutant(), lang))
				.append("</td><td>")
				.append(e.goodDayRate() == null ? "—" : e.goodDayRate() + " %")
				.append("</td><td>")
				.append(e.validDays())
				.append("</td></tr>");
		}
		b.append("</tbody></table></div></section>");
	}

	private static void adviceTable(StringBuilder b, Lang lang) {
		b.append("<section aria-labelledby=\"advice-h\"><h2 id=\"advice-h\">")
			.append(lang.pick("空气质量指数类别与健康建议", "AQI categories and health advice"))
			.append("</h2>");
		b.append("<div class=\"scroll\"><table id=\"advice\"><caption>")
			.append(lang.pick("HJ 633 空气质量指数及相关信息", "HJ 633: the AQI and what it means"))
			.append("</caption><thead><tr>");
		for (String h : new String[] { "AQI", lang.pick("级别与类别", "Level and category"), lang.pick("颜色", "Colour"),
				lang.pick("对健康影响情况", "Health effects"), lang.pick("建议采取的措施", "Recommended actions") }) {
			b.append("<th scope=\"col\">").append(h).append("</th>");
		}
		b.append("</tr></thead><tbody>");
		for (ChinaCategory c : ChinaCategory.values()) {
			String range = c.aqiHigh() == Integer.MAX_VALUE ? "> 300" : c.aqiLow() + "–" + c.aqiHigh();
			b.append("<tr><td>")
				.append(range)
				.append("</td><th scope=\"row\">")
				.append(Html.categoryName(c, lang))
				.append("</th><td><span class=\"badge l")
				.append(c.level())
				.append("\" aria-hidden=\"true\">&nbsp;</span>")
				.append(lang.pick(c.colourZh(), PageParts.colourEn(c)))
				.append("</td><td>")
				.append(HealthAdvice.effects(c, lang))
				.append("</td><td>")
				.append(HealthAdvice.actions(c, lang))
				.append("</td></tr>");
		}
		b.append("</tbody></table></div></section>");
	}

}
