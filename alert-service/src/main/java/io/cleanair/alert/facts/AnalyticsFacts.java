package io.cleanair.alert.facts;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * analytics-service's documented API, as alert-service reads it (blocking; call it off
 * the event loop). No table of analytics is read: rankings, good days, daily results,
 * trends, districts and data completeness come over HTTP with the configured key.
 */
@Component
public class AnalyticsFacts {

	private final AnalyticsProperties properties;

	private final JsonMapper json;

	private final HttpClient http;

	AnalyticsFacts(AnalyticsProperties properties, JsonMapper json) {
		this.properties = properties;
		this.json = json;
		this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
	}

	public String cityId() {
		return properties.cityId();
	}

	/** {@code GET /api/v1/rankings?year=&month=&to=}. */
	public Ranking ranking(int year, int month, LocalDate to) {
		return get("/api/v1/rankings?year=" + year + "&month=" + month + (to == null ? "" : "&to=" + to),
				Ranking.class);
	}

	/** {@code GET /api/v1/districts/{id}/good-days?date=}. */
	public GoodDays goodDays(String districtId, LocalDate asOf) {
		return get("/api/v1/districts/" + districtId + "/good-days?year=" + asOf.getYear() + "&date=" + asOf,
				GoodDays.class);
	}

	/** {@code GET /api/v1/daily?scope=&id=&from=&to=}. */
	public DailyPage daily(String scope, String id, LocalDate from, LocalDate to) {
		return get("/api/v1/daily?scope=" + scope + "&id=" + id + "&from=" + from + "&to=" + to, DailyPage.class);
	}

	/** {@code GET /api/v1/trends?...&interval=month&compare=previous-year} for PM2.5. */
	public Trend pm25ByMonth(String scope, String id, LocalDate from, LocalDate to) {
		return get("/api/v1/trends?scope=" + scope + "&id=" + id + "&pollutant=PM2_5&from=" + from + "&to=" + to
				+ "&interval=month&compare=previous-year", Trend.class);
	}

	/** {@code GET /api/v1/districts}. */
	public List<District> districts() {
		return List.of(get("/api/v1/districts", District[].class));
	}

	/** {@code GET /api/v1/reports/completeness?from=&to=}. */
	public Completeness completeness(LocalDate from, LocalDate to) {
		return get("/api/v1/reports/completeness?from=" + from + "&to=" + to, Completeness.class);
	}

	private <T> T get(String pathAndQuery, Class<T> type) {
		URI uri = URI.create(properties.url().toString().replaceAll("/+$", "") + pathAndQuery);
		HttpRequest.Builder request = HttpRequest.newBuilder(uri)
			.timeout(properties.timeout())
			.header("Accept", "application/json");
		if (properties.key() != null && !properties.key().isBlank()) {
			request.header("Authorization", "Bearer " + properties.key());
		}
		HttpResponse<String> response;
		try {
			response = http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new AnalyticsUnavailableException(
					"analytics-service at " + properties.url() + " could not be reached: " + e.getMessage(), e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AnalyticsUnavailableException("interrupted while asking analytics-service", e);
		}
		if (response.statusCode() / 100 != 2) {
			throw new AnalyticsUnavailableException("analytics-service answered " + response.statusCode() + " to GET "
					+ pathAndQuery + ": " + abbreviate(response.body()), null);
		}
		return json.readValue(response.body(), type);
	}

	private static String abbreviate(String s) {
		return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "…" : s;
	}

	/** The part of analytics' rankings that briefings and the ladder use. */
	public record Ranking(int year, Integer month, LocalDate from, LocalDate to, List<RankedDistrict> districts) {
	}

	public record RankedDistrict(String districtId, BigDecimal compositeIndex, BigDecimal compositeIndexChangePercent,
			BigDecimal goodDayRate, BigDecimal goodDayRateChange, int validDays, int rankByCompositeIndex,
			int rankByGoodDayRate, boolean bottomThree) {
	}

	public record Target(String districtId, int year, BigDecimal goodDayRate, Integer goodDayCount) {
	}

	public record GoodDays(String districtId, int year, LocalDate asOf, int validDays, int invalidDays, int goodDays,
			int excellentDays, int heavyDays, BigDecimal goodDayRate, BigDecimal pm25Mean, Target target,
			Integer nonGoodDaysAllowed, Integer goodDaysNeeded, BigDecimal requiredRemainingRate, String status) {
	}

	public record DailyPage(String scope, String id, LocalDate from, LocalDate to, int total, List<Day> items) {

		public DailyPage {
			items = items == null ? List.of() : items;
		}
	}

	public record Day(LocalDate date, Integer aqi, String category, List<String> primaryPollutants, boolean valid,
			int stations) {

		public Day {
			primaryPollutants = primaryPollutants == null ? List.of() : primaryPollutants;
		}
	}

	public record Trend(String scope, String id, String pollutant, String unit, String interval, List<Point> points) {

		public Trend {
			points = points == null ? List.of() : points;
		}
	}

	public record Point(String time, double value, int count, Double previousYear) {
	}

	public record District(String id, String name, String cityId) {
	}

	public record Completeness(LocalDate from, LocalDate to, int days, List<StationLine> stations) {

		public Completeness {
			stations = stations == null ? List.of() : stations;
		}
	}

	public record StationLine(String stationId, String districtId, boolean active, int days, int resultDays,
			int validDays, Instant lastReadingAt, boolean silent) {
	}

}
