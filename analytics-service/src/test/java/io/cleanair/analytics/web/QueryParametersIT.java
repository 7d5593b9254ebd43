package io.cleanair.analytics.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;

import io.cleanair.analytics.AnalyticsIntegrationTest;
import io.cleanair.analytics.TestKeys;
import io.cleanair.analytics.config.AnalyticsProperties;
import io.cleanair.core.pollutant.Pollutant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Every query parameter is bound to a record and checked with Bean Validation; a bad one
 * answers a {@code bad-parameter} problem naming it and saying what is wrong, the first
 * in the order of the query.
 */
@AnalyticsIntegrationTest
class QueryParametersIT {

	static final String TREND = "/api/v1/trends?scope=station&id=S1&pollutant=PM2.5";

	WebTestClient web;

	@Autowired
	Clock clock;

	@Autowired
	AnalyticsProperties properties;

	@BeforeEach
	void asAdmin(@Autowired WebTestClient client) {
		this.web = TestKeys.asAdmin(client);
	}

	@Test
	void trendParameters() {
		problem(TREND.replace("scope=station&", "") + "&from=2026-01-01&to=2026-01-02", "scope",
				"parameter 'scope' is required");
		problem(TREND.replace("station", "county") + "&from=2026-01-01&to=2026-01-02", "scope",
				"parameter 'scope' must be station, district or city, was 'county'");
		problem(TREND.replace("PM2.5", "PM1") + "&from=2026-01-01&to=2026-01-02", "pollutant",
				"parameter 'pollutant' must be one of " + Arrays.toString(Pollutant.values()) + ", was 'PM1'");
		problem(TREND + "&from=2026-01-01&to=2026-01-02&interval=minute", "interval",
				"parameter 'interval' must be hour, day, week, month or year, was 'minute'");
		problem(TREND + "&from=2026-02-01&to=2026-01-02", "from",
				"parameter 'from' must not be after 'to' (2026-02-01 > 2026-01-02)");
		problem(TREND + "&from=2024-01-01&to=2026-01-02&interval=hour", "to",
				"parameter 'to' gives a range longer than 366 days for interval hour");
		problem(TREND + "&from=2026-01-01&to=2026-01-02&compare=next-year", "compare",
				"parameter 'compare' must be previous-year, was 'next-year'");
		problem(TREND + "&from=2026-01-01&to=2026-13-01", "to",
				"parameter 'to' must be a date like 2026-11-28, was '2026-13-01'");
		problem(TREND + "&from=2026-01-01", "to", "parameter 'to' is required");
	}

	@Test
	void theFirstBadParameterIsTheOneNamed() {
		problem("/api/v1/daily?scope=city&from=2026-02-01&to=2026-01-02&size=0", "id", "parameter 'id' is required");
		problem("/api/v1/daily?scope=city&id=city&from=2026-02-01&to=2026-01-02&page=-1", "from",
				"parameter 'from' must not be after 'to' (2026-02-01 > 2026-01-02)");
		problem("/api/v1/daily?scope=city&id=city&from=2026-01-01&to=x&size=0", "to",
				"parameter 'to' must be a date like 2026-11-28, was 'x'");
	}

	@Test
	void scopesAndIntervalsInAnyCase() {
		web.get()
			.uri("/api/v1/trends?scope=City&id=city&pollutant=pm2_5&from=2026-01-01&to=2026-01-02&interval=DAY"
					+ "&compare=previous-year")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.scope")
			.isEqualTo("city")
			.jsonPath("$.interval")
			.isEqualTo("day");
	}

	@Test
	void dailyParameters() {
		String daily = "/api/v1/daily?scope=district&id=x&from=2026-01-01&to=2026-01-02";
		problem(daily + "&size=100000", "size", "parameter 'size' must be 1..1000, was 100000");
		problem(daily + "&page=-1", "page", "parameter 'page' must be 0..100000, was -1");
		problem(daily + "&page=first", "page", "parameter 'page' must be a whole number, was 'first'");
		problem(daily.replace("2026-01-02", "2036-02-01"), "to", "parameter 'to' gives a range longer than 3660 days");
		web.get()
			.uri(daily)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.page")
			.isEqualTo(0)
			.jsonPath("$.size")
			.isEqualTo(366);
	}

	@Test
	void yearsAndMonths() {
		int thisYear = LocalDate.now(clock.withZone(properties.zone())).getYear();
		problem("/api/v1/rankings", "year", "parameter 'year' is required");
		problem("/api/v1/rankings?year=abc", "year", "parameter 'year' must be a whole number, was 'abc'");
		problem("/api/v1/rankings?year=" + (thisYear + 1), "year",
				"parameter 'year' must be 2000.." + thisYear + ", was " + (thisYear + 1));
		problem("/api/v1/rankings?year=2025&month=13", "month", "parameter 'month' must be 1..12, was 13");
		problem("/api/v1/districts/x/good-days?year=1999", "year",
				"parameter 'year' must be 2000.." + thisYear + ", was 1999");
		problem("/api/v1/reports/annual?scope=district&id=x&year=2101", "year",
				"parameter 'year' must be 2000..2100, was 2101");
		problem("/api/v1/reports/annual?scope=district&year=2026", "id", "parameter 'id' is required");
	}

	@Test
	void recomputationAndReadingRanges() {
		web.post()
			.uri("/api/v1/recomputations?from=2015-01-01&to=2015-03-01")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.parameter")
			.isEqualTo("to")
			.jsonPath("$.detail")
			.isEqualTo("parameter 'to' gives a range longer than 31 days (recompute longer periods in chunks)");
		problem("/api/v1/stations/S1/readings?from=yesterday", "from",
				"parameter 'from' must be ISO-8601 with an offset, e.g. 2026-11-28T00:00:00+08:00");
		problem("/api/v1/stations/S1/readings?from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z", "from",
				"parameter 'from' must be before 'to'");
		problem("/api/v1/stations/S1/readings?from=2025-01-01T00:00:00Z&to=2026-01-01T00:00:00Z", "to",
				"parameter 'to' gives a range longer than 31 days");
		web.get()
			.uri("/api/v1/stations/S1/readings?from=2026-01-01T00:00:00Z&to=2026-01-02T00:00:00Z")
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void requestBodiesKeepTheirOwnAnswer() {
		web.put()
			.uri("/api/v1/districts/x")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", "", "cityId", "beijing"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://cleanair.io/problems/bad-parameter")
			.jsonPath("$.parameter")
			.isEqualTo("name")
			.jsonPath("$.detail")
			.isEqualTo("'name' must not be blank");
	}

	private void problem(String uri, String parameter, String detail) {
		web.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://cleanair.io/problems/bad-parameter")
			.jsonPath("$.title")
			.isEqualTo("Bad parameter")
			.jsonPath("$.status")
			.isEqualTo(400)
			.jsonPath("$.parameter")
			.isEqualTo(parameter)
			.jsonPath("$.detail")
			.isEqualTo(detail);
	}

}
