package io.cleanair.alert.support;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * JSON as analytics-service writes it, field for field:
 * {@code RankingsController.Rankings}, {@code GoodDaysController.GoodDays},
 * {@code DailyController.DailyPage}, {@code TrendController.Trend},
 * {@code DistrictController} districts and {@code CompletenessController.Completeness}
 * (Optional fields as values or null, dates as ISO strings).
 */
public final class AnalyticsJson {

	private AnalyticsJson() {
	}

	/** One district's line of a ranking. */
	public record Ranked(String districtId, double compositeIndex, double goodDayRate, int validDays, int rank,
			int rankByRate, boolean bottomThree) {
	}

	public static String ranking(int year, int month, LocalDate from, LocalDate to, List<Ranked> districts) {
		List<String> lines = new ArrayList<>();
		for (Ranked r : districts) {
			lines.add(String.format(Locale.ROOT, "{\"districtId\":\"%s\",\"compositeIndex\":%.2f,"
					+ "\"compositeIndexChangePercent\":-3.1,\"goodDayRate\":%.1f,\"goodDayRateChange\":1.5,\"validDays\":%d,"
					+ "\"rankByCompositeIndex\":%d,\"rankByGoodDayRate\":%d,\"bottomThree\":%s}", r.districtId(),
					r.compositeIndex(), r.goodDayRate(), r.validDays(), r.rank(), r.rankByRate(), r.bottomThree()));
		}
		return "{\"year\":" + year + ",\"month\":" + month + ",\"from\":\"" + from + "\",\"to\":\"" + to
				+ "\",\"districts\":[" + String.join(",", lines) + "]}";
	}

	/**
	 * A ranking of a whole month where the given districts are the last three, in that
	 * order, and the others before them.
	 */
	public static String monthRanking(YearMonth month, List<String> districts, List<String> bottomThree) {
		List<Ranked> rows = new ArrayList<>();
		List<String> order = new ArrayList<>(districts);
		order.removeAll(bottomThree);
		order.addAll(bottomThree);
		for (int i = 0; i < order.size(); i++) {
			boolean bottom = i >= order.size() - 3;
			rows.add(new Ranked(order.get(i), 3.0 + 0.25 * i, 90 - 2 * i, month.lengthOfMonth(), i + 1, i + 1, bottom));
		}
		return ranking(month.getYear(), month.getMonthValue(), month.atDay(1), month.atEndOfMonth(), rows);
	}

	public static String goodDays(String districtId, LocalDate asOf, int validDays, int goodDays, double rate,
			double targetRate, int nonGoodDaysAllowed, int goodDaysNeeded, double requiredRemainingRate,
			String status) {
		return String.format(Locale.ROOT, "{\"districtId\":\"%s\",\"year\":%d,\"asOf\":\"%s\",\"validDays\":%d,"
				+ "\"invalidDays\":0,\"goodDays\":%d,\"excellentDays\":%d,\"heavyDays\":0,\"goodDayRate\":%.1f,"
				+ "\"pm25Mean\":35.2,\"target\":{\"districtId\":\"%s\",\"year\":%d,\"goodDayRate\":%.1f,\"goodDayCount\":null,"
				+ "\"pm25AnnualMean\":null,\"maxHeavyDays\":null},\"nonGoodDaysAllowed\":%d,\"goodDaysNeeded\":%d,\"requiredRemainingRate\":%.1f,"
				+ "\"status\":\"%s\",\"heavyDaysStillAllowed\":null}", districtId, asOf.getYear(), asOf, validDays,
				goodDays, goodDays / 3, rate, districtId, asOf.getYear(), targetRate, nonGoodDaysAllowed,
				goodDaysNeeded, requiredRemainingRate, status);
	}

	public static String daily(String scope, String id, LocalDate day, int aqi, String category, String primary) {
		return "{\"scope\":\"" + scope + "\",\"id\":\"" + id + "\",\"from\":\"" + day + "\",\"to\":\"" + day
				+ "\",\"page\":0,\"size\":366,\"total\":1,\"items\":[{\"date\":\"" + day + "\",\"aqi\":" + aqi
				+ ",\"category\":\"" + category + "\",\"primaryPollutants\":[\"" + primary + "\"],"
				+ "\"concentrations\":{\"PM2_5_24H\":60.0},\"iaqi\":{\"PM2_5_24H\":" + aqi + "},\"valid\":true,"
				+ "\"invalidReason\":null,\"ruleSet\":\"hj633-2026\",\"validityPolicy\":\"STRICT\",\"missing\":[],"
				+ "\"excluded\":[],\"pendingAudit\":false,\"stations\":2}]}";
	}

	public static String districts(List<String[]> idAndName) {
		List<String> out = new ArrayList<>();
		for (String[] d : idAndName) {
			out.add("{\"id\":\"" + d[0] + "\",\"name\":\"" + d[1] + "\",\"cityId\":\"city\"}");
		}
		return "[" + String.join(",", out) + "]";
	}

	public static String pm25Trend(String id, LocalDate from, LocalDate to, double[] thisYear, double[] lastYear) {
		List<String> points = new ArrayList<>();
		for (int m = 0; m < thisYear.length; m++) {
			points.add(String.format(Locale.ROOT,
					"{\"time\":\"%d-%02d-01\",\"value\":%.1f,\"count\":30,\"previousYear\":%.1f}", from.getYear(),
					m + 1, thisYear[m], lastYear[m]));
		}
		return "{\"scope\":\"city\",\"id\":\"" + id
				+ "\",\"pollutant\":\"PM2_5\",\"unit\":\"ug/m3\",\"interval\":\"month\"," + "\"from\":\"" + from
				+ "\",\"to\":\"" + to + "\",\"points\":[" + String.join(",", points) + "]}";
	}

	public static String completeness(LocalDate from, LocalDate to, List<String[]> stationDistrictValidSilent) {
		List<String> out = new ArrayList<>();
		for (String[] s : stationDistrictValidSilent) {
			out.add("{\"stationId\":\"" + s[0] + "\",\"districtId\":\"" + s[1] + "\",\"active\":true,\"days\":1,"
					+ "\"resultDays\":1,\"validDays\":" + s[2]
					+ ",\"lastReadingAt\":\"2026-11-30T15:00:00Z\",\"silent\":" + s[3] + "}");
		}
		return "{\"from\":\"" + from + "\",\"to\":\"" + to + "\",\"days\":1,\"stations\":[" + String.join(",", out)
				+ "]}";
	}

}
