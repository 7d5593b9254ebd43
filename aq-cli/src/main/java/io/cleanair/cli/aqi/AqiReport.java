package io.cleanair.cli.aqi;

import io.cleanair.core.aqi.AqiResult;
import io.cleanair.core.aqi.Category;
import io.cleanair.core.aqi.ChinaCategory;
import io.cleanair.core.aqi.Indicator;
import io.cleanair.core.aqi.ReportPeriod;
import io.cleanair.core.pollutant.Pollutant;

import java.io.PrintWriter;
import java.util.Map;
import java.util.stream.Collectors;

/** Text renderings of an {@link AqiResult} for the command line. */
final class AqiReport {

	static final String NA = "NA";

	private AqiReport() {
	}

	static void print(PrintWriter out, AqiResult r, Map<String, Indicator> inputs) {
		out.printf("Rule set   %s (%s report)%n", r.ruleSet(), r.period() == ReportPeriod.DAY ? "daily" : "hourly");
		inputs.forEach((name, indicator) -> out.printf("IAQI %-9s %-4s (%s %s)%n", name,
				iaqi(r, indicator).isEmpty() ? "-" : iaqi(r, indicator), indicator,
				r.concentrations().containsKey(indicator) ? r.concentrations().get(indicator).toPlainString() : "-"));
		out.printf("AQI        %s%n", aqi(r));
		out.printf("Category   %s%n", category(r.category()));
		out.printf("Primary    %s%n", r.primaryPollutants().isEmpty() ? "-" : primary(r));
		if (!r.exceedingPollutants().isEmpty()) {
			out.printf("Exceeding  %s%n",
					r.exceedingPollutants().stream().map(Pollutant::displayName).collect(Collectors.joining(";")));
		}
		if (r.naReason() != null) {
			out.printf("NA         %s%n", r.naReason());
		}
		if (!r.complete()) {
			out.printf("Missing    %s%n", r.missing().stream().map(Enum::name).collect(Collectors.joining(" ")));
		}
		r.notes().forEach(n -> out.printf("Note       %s%n", n));
		out.flush();
	}

	static String iaqi(AqiResult r, Indicator indicator) {
		Integer v = r.iaqi().get(indicator);
		return v == null ? "" : v.toString();
	}

	static String aqi(AqiResult r) {
		return r.aqi() == null ? NA : r.aqi().toString();
	}

	static String primary(AqiResult r) {
		return r.primaryPollutants().stream().map(Pollutant::displayName).collect(Collectors.joining(";"));
	}

	static String categoryName(Category c) {
		return c == null ? NA : c.nameEn();
	}

	private static String category(Category c) {
		if (c == null) {
			return NA;
		}
		String level = c instanceof ChinaCategory china ? china.levelRoman() : String.valueOf(c.level());
		return c.nameEn() + " / " + c.nameZh() + " (level " + level + ", RGB " + c.colour().red() + ","
				+ c.colour().green() + "," + c.colour().blue() + ")";
	}

}
