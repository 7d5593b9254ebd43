package io.cleanair.analytics.report;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.cleanair.analytics.AnalyticsIntegrationTest;
import io.cleanair.analytics.Readings;
import io.cleanair.analytics.ReadingsFlowTest;
import io.cleanair.core.event.ReadingReceived;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Rankings, trends and the annual report over stored days of four districts in June 2025
 * and June 2026.
 */
@AnalyticsIntegrationTest(ownContext = true)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsIT extends ReadingsFlowTest {

	static final String[] DISTRICTS = { "d1", "d2", "d3", "d4" };

	/** District dN has PM2.5 at 20 × N (2026) and 30 × N (2025) on 1–3 June. */
	@BeforeAll
	void load() {
		List<ReadingReceived> readings = new ArrayList<>();
		for (int n = 1; n <= DISTRICTS.length; n++) {
			for (int d = 0; d < 3; d++) {
				readings.addAll(Readings.day("s" + n, DISTRICTS[n - 1], LocalDate.of(2026, 6, 1 + d), 20 * n, 24));
				readings.addAll(Readings.day("s" + n, DISTRICTS[n - 1], LocalDate.of(2025, 6, 1 + d), 30 * n, 24));
			}
		}
		readings.forEach(r -> kafka.send(readingsTopic, r.stationId(), r));
		kafka.flush();
		await().atMost(Duration.ofSeconds(90))
			.until(() -> jdbc.sql("SELECT count(*) FROM daily_result WHERE scope = 'DISTRICT' AND valid")
				.query(Integer.class)
				.single() == 24);
	}

	@Test
	void districtsAreRankedByCompositeIndexWithTheBottomThreeMarkedAndTheYearOverYearChange() {
		web.get()
			.uri("/api/v1/rankings?year=2026&month=6")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.districts.length()")
			.isEqualTo(4)
			.jsonPath("$.districts[0].districtId")
			.isEqualTo("d1")
			.jsonPath("$.districts[0].rankByCompositeIndex")
			.isEqualTo(1)
			.jsonPath("$.districts[0].bottomThree")
			.isEqualTo(false)
			.jsonPath("$.districts[3].districtId")
			.isEqualTo("d4")
			.jsonPath("$.districts[3].bottomThree")
			.isEqualTo(true)
			.jsonPath("$.districts[1].bottomThree")
			.isEqualTo(true)
			.jsonPath("$.districts[0].compositeIndexChangePercent")
			.value(c -> assertThat(((Number) c).doubleValue()).isNegative());
	}

	@Test
	void aDailyTrendComparesWithTheSameDaysOfThePreviousYearAlsoAsCsv() {
		String uri = "/api/v1/trends?scope=district&id=d2&pollutant=PM2.5&from=2026-06-01&to=2026-06-03&interval=day"
				+ "&compare=previous-year";
		web.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.points.length()")
			.isEqualTo(3)
			.jsonPath("$.points[0].time")
			.isEqualTo("2026-06-01")
			.jsonPath("$.points[0].value")
			.isEqualTo(40.0)
			.jsonPath("$.points[0].previousYear")
			.isEqualTo(60.0)
			.jsonPath("$.unit")
			.isEqualTo("ug/m3");
		String csv = web.get()
			.uri(uri)
			.accept(MediaType.parseMediaType("text/csv"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(csv).startsWith("time,value,count,previousYear\r\n2026-06-01,40.0,1,60.0\r\n");
		web.get()
			.uri("/api/v1/trends?scope=station&id=s2&pollutant=PM2_5&from=2026-06-01&to=2026-06-01&interval=hour")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.points.length()")
			.isEqualTo(24)
			.jsonPath("$.points[8].time")
			.isEqualTo("2026-06-01T08:00+08:00");
		web.get()
			.uri("/api/v1/trends?scope=district&id=d2&pollutant=PM2_5&from=2026-01-01&to=2026-12-31&interval=month")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.points.length()")
			.isEqualTo(1)
			.jsonPath("$.points[0].time")
			.isEqualTo("2026-06-01")
			.jsonPath("$.points[0].count")
			.isEqualTo(3);
	}

	@Test
	void theAnnualReportIsThePeriodAssessmentOfTheYear() {
		web.get()
			.uri("/api/v1/reports/annual?scope=district&id=d1&year=2026")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.validDays")
			.isEqualTo(3)
			.jsonPath("$.goodDays")
			.isEqualTo(3)
			.jsonPath("$.daysWithoutData")
			.isEqualTo(362)
			.jsonPath("$.pollutants[0].pollutant")
			.isEqualTo("PM2_5")
			.jsonPath("$.pollutants[0].mean")
			.isEqualTo(20.0)
			.jsonPath("$.pollutants[0].meetsAnnualDataRule")
			.isEqualTo(false)
			.jsonPath("$.compositeIndex.primaryPollutant")
			.exists()
			.jsonPath("$.ruleSets.hj633-2026")
			.isEqualTo(3);
	}

	@Test
	void aBriefingCanAskForTheRankingTheGoodDaysAndTheCompletenessAsOfADay() {
		web.get()
			.uri("/api/v1/rankings?year=2026&month=6&to=2026-06-02")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.to")
			.isEqualTo("2026-06-02")
			.jsonPath("$.districts[0].validDays")
			.isEqualTo(2);
		web.get().uri("/api/v1/rankings?year=2026&month=6&to=2026-07-02").exchange().expectStatus().isBadRequest();
		web.get()
			.uri("/api/v1/districts/d1/good-days?date=2026-06-02")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.asOf")
			.isEqualTo("2026-06-02")
			.jsonPath("$.year")
			.isEqualTo(2026)
			.jsonPath("$.validDays")
			.isEqualTo(2)
			.jsonPath("$.goodDays")
			.isEqualTo(2);
		web.get()
			.uri("/api/v1/reports/completeness?from=2026-06-01&to=2026-06-03")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.days")
			.isEqualTo(3)
			.jsonPath("$.stations[?(@.stationId == 's1')].validDays")
			.isEqualTo(3)
			.jsonPath("$.stations[?(@.stationId == 's1')].districtId")
			.isEqualTo("d1");
	}

}
