package io.cleanair.alert.briefing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.cleanair.alert.support.AnalyticsJson;
import io.cleanair.alert.support.AnalyticsStub;

/**
 * What analytics answers about 30 November 2026 for five districts, recorded into an
 * {@link AnalyticsStub} in analytics' own JSON shapes: the figures the briefing tests
 * compare the briefing with.
 */
final class BriefingStubData {

	static final LocalDate DAY = LocalDate.of(2026, 11, 30);

	static final String[][] DISTRICTS = { { "dongcheng", "东城区 Dongcheng" }, { "haidian", "海淀区 Haidian" },
			{ "chaoyang", "朝阳区 Chaoyang" }, { "shunyi", "顺义区 Shunyi" }, { "huairou", "怀柔区 Huairou" } };

	/** nonGoodDaysAllowed of each district, in the order above. */
	static final int[] ALLOWANCE = { 21, 14, 6, -2, 3 };

	static final String[] STATUS = { "ON_TRACK", "ON_TRACK", "AT_RISK", "MISSED", "AT_RISK" };

	private BriefingStubData() {
	}

	/**
	 * @param anyQuery answer by path whatever the query (for a briefing of whatever
	 * "yesterday" is)
	 */
	static void record(AnalyticsStub stub, boolean anyQuery) {
		stub.on("/api/v1/districts", AnalyticsJson.districts(List.of(DISTRICTS)));
		List<AnalyticsJson.Ranked> now = new ArrayList<>();
		List<AnalyticsJson.Ranked> before = new ArrayList<>();
		for (int i = 0; i < DISTRICTS.length; i++) {
			String id = DISTRICTS[i][0];
			now.add(new AnalyticsJson.Ranked(id, 3.10 + 0.35 * i, 93.3 - 4 * i, 30, i + 1, i + 1, i >= 2));
			// the day before, chaoyang and shunyi were the other way round
			int r = i == 2 ? 4 : i == 3 ? 3 : i + 1;
			before.add(new AnalyticsJson.Ranked(id, 3.0 + 0.3 * r, 93 - 4 * r, 29, r, r, r >= 3));
			String daily = AnalyticsJson.daily("district", id, DAY, 62 + 21 * i, i < 2 ? "GOOD" : "LIGHTLY_POLLUTED",
					"PM2_5");
			String good = AnalyticsJson.goodDays(id, DAY, 334, 250 - 7 * i, 74.9 - 2 * i, 80, ALLOWANCE[i], 42 + i,
					60.0 + 5 * i, STATUS[i]);
			String goodLastYear = AnalyticsJson.goodDays(id, DAY.minusYears(1), 334, 240, 71.9, 80, 0, 52, 80.0,
					"AT_RISK");
			if (anyQuery) {
				stub.on("/api/v1/districts/" + id + "/good-days", good);
			}
			else {
				stub.on("/api/v1/daily?scope=district&id=" + id + "&from=" + DAY + "&to=" + DAY, daily);
				stub.on("/api/v1/districts/" + id + "/good-days?year=2026&date=" + DAY, good);
				stub.on("/api/v1/districts/" + id + "/good-days?year=2025&date=" + DAY.minusYears(1), goodLastYear);
			}
		}
		String ranking = AnalyticsJson.ranking(2026, 11, DAY.withDayOfMonth(1), DAY, now);
		String previous = AnalyticsJson.ranking(2026, 11, DAY.withDayOfMonth(1), DAY.minusDays(1), before);
		String city = AnalyticsJson.daily("city", "city", DAY, 88, "GOOD", "PM2_5");
		String completeness = AnalyticsJson.completeness(DAY, DAY,
				List.of(new String[] { "dongsi", "dongcheng", "1", "false" },
						new String[] { "huairou", "huairou", "0", "true" }));
		double[] thisYear = { 48, 44, 39, 35, 30, 27, 25, 24, 28, 33, 41 };
		double[] lastYear = { 55, 50, 42, 37, 33, 30, 29, 27, 30, 37, 46 };
		String trend = AnalyticsJson.pm25Trend("city", LocalDate.of(2026, 1, 1), DAY, thisYear, lastYear);
		if (anyQuery) {
			stub.on("/api/v1/rankings", ranking);
			stub.on("/api/v1/daily", city);
			stub.on("/api/v1/reports/completeness", completeness);
			stub.on("/api/v1/trends", trend);
			return;
		}
		stub.on("/api/v1/rankings?year=2026&month=11&to=" + DAY, ranking);
		stub.on("/api/v1/rankings?year=2026&month=11&to=" + DAY.minusDays(1), previous);
		stub.on("/api/v1/daily?scope=city&id=city&from=" + DAY + "&to=" + DAY, city);
		stub.on("/api/v1/reports/completeness?from=" + DAY + "&to=" + DAY, completeness);
		stub.on("/api/v1/trends?scope=city&id=city&pollutant=PM2_5&from=2026-01-01&to=" + DAY
				+ "&interval=month&compare=previous-year", trend);
	}

}
