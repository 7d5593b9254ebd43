package io.cleanair.portal.page;

import java.time.ZoneId;

import io.cleanair.core.aqi.ChinaCategory;
import io.cleanair.portal.config.PortalProperties;
import io.cleanair.portal.hour.HourRepository.Hour;
import io.cleanair.portal.view.PortalView;
import io.cleanair.portal.view.PortalView.StationNow;
import org.springframework.stereotype.Component;

import static io.cleanair.portal.page.Html.esc;

/** One station: its latest report, the last 48 hours as a chart and as a table. */
@Component
public class StationPage {

	private final ZoneId zone;

	private final PortalProperties.Portal portal;

	StationPage(PortalProperties properties) {
		this.zone = properties.zone();
		this.portal = properties.portal();
	}

	public String render(PortalView view, StationNow s, Lang lang) {
		StringBuilder b = new StringBuilder(32_768);
		Html.head(b, lang, s.name() + lang.pick(" - 空气质量", " - air quality"));
		b.append("<header><a class=\"lang\" href=\"/stations/")
			.append(esc(s.id()))
			.append("?lang=")
			.append(lang.other().param())
			.append("\" hreflang=\"")
			.append(lang.other().tag())
			.append("\" lang=\"")
			.append(lang.other().tag())
			.append("\">")
			.append(lang.pick("English", "中文"))
			.append("</a>")
			.append("<p><a href=\"/?lang=")
			.append(lang.param())
			.append("\">")
			.append(lang.pick("← 全部站点", "← All stations"))
			.append("</a></p><h1>")
			.append(esc(s.name()))
			.append("</h1>");
		b.append("<p class=\"meta\">").append(lang.pick("所在区：", "District: ")).append(esc(s.districtName()));
		if (s.latitude() != null && s.longitude() != null) {
			b.append(" · ").append(String.format(java.util.Locale.ROOT, "%.4f, %.4f", s.latitude(), s.longitude()));
		}
		b.append("</p>");
		PageParts.meta(b, view, lang, zone, portal);
		b.append("</header><main><section aria-labelledby=\"now-h\"><h2 id=\"now-h\">")
			.append(lang.pick("最新小时", "Latest hour"))
			.append("</h2>");
		PageParts.reading(b, s, lang, zone);
		PageParts.concentrations(b, s.concentrations(), lang);
		b.append("</section><section aria-labelledby=\"chart-h\"><h2 id=\"chart-h\">")
			.append(lang.pick("过去 48 小时", "The last 48 hours"))
			.append("</h2>");
		b.append(Chart.svg(s.last48(), lang, zone, s.name()));
		hoursTable(b, s, lang);
		b.append("</section></main>");
		PageParts.footer(b, lang, portal);
		b.append("</body></html>\n");
		return b.toString();
	}

	private void hoursTable(StringBuilder b, StationNow s, Lang lang) {
		b.append("<details><summary>")
			.append(lang.pick("逐小时数据表", "Hour-by-hour table"))
			.append("</summary>")
			.append("<div class=\"scroll\"><table id=\"hours\"><caption>")
			.append(lang.pick("过去 48 小时的小时 AQI（时段起点，北京时间）",
					"Hourly AQI over the last 48 hours (start of hour, China Standard Time)"))
			.append("</caption><thead><tr><th scope=\"col\">")
			.append(lang.pick("时段", "Hour"))
			.append("</th><th scope=\"col\">AQI</th><th scope=\"col\">")
			.append(lang.pick("类别", "Category"))
			.append("</th><th scope=\"col\">")
			.append(lang.pick("首要污染物", "Primary pollutant"))
			.append("</th></tr></thead><tbody>");
		for (int i = s.last48().size() - 1; i >= 0; i--) {
			Hour h = s.last48().get(i);
			ChinaCategory c = h.category() == null ? null : ChinaCategory.valueOf(h.category());
			b.append("<tr><th scope=\"row\">")
				.append(Html.time(h.hourStart(), zone))
				.append("</th><td>")
				.append(h.aqi() == null ? "NA" : h.aqi())
				.append("</td><td>")
				.append(c == null ? "—" : Html.categoryName(c, lang))
				.append("</td><td>")
				.append(Html.pollutants(h.primaryPollutants(), lang))
				.append("</td></tr>");
		}
		b.append("</tbody></table></div></details>");
	}

}
