package io.cleanair.analytics.daily;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.cleanair.analytics.AnalyticsIntegrationTest;
import io.cleanair.analytics.Readings;
import io.cleanair.analytics.ReadingsFlowTest;
import io.cleanair.testsupport.TopicReader;
import io.cleanair.core.event.ReadingReceived;
import io.cleanair.core.pollutant.Pollutant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Readings from Kafka become stored station, district and city days, recomputed exactly
 * when readings change them.
 */
@AnalyticsIntegrationTest(ownContext = true)
class DailyResultsIT extends ReadingsFlowTest {

	@Value("${aq.topics.daily-results}")
	String dailyResultsTopic;

	@Test
	void readingsBecomeStationDistrictAndCityDaysUnderTheRulesOfTheDay() {
		LocalDate day = LocalDate.of(2026, 6, 10);
		send(Readings.day("S1", "dongcheng", day, 30, 24));
		send(Readings.day("S2", "dongcheng", day, 50, 24));

		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> daily("district", "dongcheng", day).expectBody()
				.jsonPath("$.items[0].concentrations.PM2_5_24H")
				.isEqualTo(40.0)
				.jsonPath("$.items[0].stations")
				.isEqualTo(2));
		daily("district", "dongcheng", day).expectBody()
			.jsonPath("$.total")
			.isEqualTo(1)
			.jsonPath("$.items[0].valid")
			.isEqualTo(true)
			.jsonPath("$.items[0].aqi")
			.isEqualTo(60)
			.jsonPath("$.items[0].ruleSet")
			.isEqualTo("hj633-2026")
			.jsonPath("$.items[0].category")
			.isEqualTo("GOOD")
			.jsonPath("$.items[0].concentrations.O3_8H")
			.isEqualTo(50.0);
		daily("station", "S1", day).expectBody().jsonPath("$.items[0].concentrations.PM2_5_24H").isEqualTo(30.0);
		daily("city", "city", day).expectBody().jsonPath("$.items[0].stations").isEqualTo(2);

		String csv = web.get()
			.uri("/api/v1/daily?scope=district&id=dongcheng&from={d}&to={d}", day, day)
			.accept(MediaType.parseMediaType("text/csv"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith("text/csv")
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		// the columns of aq assess --daily, then the stations
		assertThat(csv)
			.startsWith("date,scope,id,aqi,category,primaryPollutants,valid,invalidReason,ruleSet,"
					+ "validityPolicy,PM2_5_24H,PM2_5_24H_IAQI,")
			.contains(",missing,excluded,pendingAudit,stations")
			.contains("2026-06-10,district,dongcheng,60,GOOD,");

		try (TopicReader events = new TopicReader(dailyResultsTopic)) {
			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(events.values())
					.anySatisfy(v -> assertThat(v).contains("\"scope\":\"DISTRICT\"")
						.contains("\"scopeId\":\"dongcheng\"")
						.contains("\"day\":\"2026-06-10\"")));
		}
	}

	@Test
	void everyStationOfADistrictCountsInItsDayWhateverConsumerStoredIt() {
		// twelve stations' days at once: spread over the partitions, so over the
		// consumers
		LocalDate day = LocalDate.of(2026, 6, 20);
		List<ReadingReceived> readings = new java.util.ArrayList<>();
		for (int s = 1; s <= 12; s++) {
			readings.addAll(Readings.day("C" + s, "chaoyang", day, 10 * s, 24));
		}
		java.util.Collections.shuffle(readings, new java.util.Random(20));
		send(readings);

		// PM2.5 means 10…120: their mean is 65
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> daily("district", "chaoyang", day).expectBody()
				.jsonPath("$.items[0].stations")
				.isEqualTo(12)
				.jsonPath("$.items[0].concentrations.PM2_5_24H")
				.isEqualTo(65.0));
		daily("city", "city", day).expectBody()
			.jsonPath("$.items[0].stations")
			.isEqualTo(12)
			.jsonPath("$.items[0].concentrations.PM2_5_24H")
			.isEqualTo(65.0);
	}

	@Test
	void lateReadingTurnsAGoodDayPollutedAndTheGoodDayCountFollows() {
		LocalDate day = LocalDate.of(2026, 6, 11);
		web.put()
			.uri("/api/v1/districts/xicheng")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", "Xicheng", "cityId", "beijing"))
			.exchange()
			.expectStatus()
			.isCreated();
		web.put()
			.uri("/api/v1/districts/xicheng/targets/2026")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("goodDayRate", 80))
			.exchange()
			.expectStatus()
			.isCreated();
		// 20 hours of PM2.5 at 55: IAQI 90 under HJ 633-2026, a good day
		send(Readings.day("S3", "xicheng", day, 55, 20));
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> goodDays("xicheng").expectBody()
				.jsonPath("$.validDays")
				.isEqualTo(1)
				.jsonPath("$.goodDays")
				.isEqualTo(1));

		// a late 21st hour of 300 lifts the mean to 66.7: IAQI above 100
		send(List.of(Readings.at("S3", "xicheng", Readings.hour(day, 20), Pollutant.PM2_5, 300, 0)));
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> goodDays("xicheng").expectBody()
				.jsonPath("$.validDays")
				.isEqualTo(1)
				.jsonPath("$.goodDays")
				.isEqualTo(0));
		daily("district", "xicheng", day).expectBody()
			.jsonPath("$.items[0].category")
			.isEqualTo("LIGHTLY_POLLUTED")
			.jsonPath("$.items[0].primaryPollutants[0]")
			.isEqualTo("PM2_5");
		goodDays("xicheng").expectBody()
			.jsonPath("$.target.goodDayRate")
			.isEqualTo(80.0)
			.jsonPath("$.status")
			.isEqualTo("MISSED");
	}

	@Test
	void redeliveryOfTheSameBatchChangesNothing() {
		LocalDate day = LocalDate.of(2026, 6, 12);
		List<ReadingReceived> batch = Readings.day("S4", "haidian", day, 20, 24);
		send(batch);
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(
					() -> daily("district", "haidian", day).expectBody().jsonPath("$.items[0].valid").isEqualTo(true));
		try (TopicReader events = new TopicReader(dailyResultsTopic)) {
			// markers on later days, sent on the same partition, show when everything
			// before them was consumed
			send(Readings.day("S4", "haidian", day.plusDays(1), 20, 24));
			await().atMost(Duration.ofSeconds(60)).until(() -> !forDay(events.values(), "2026-06-13").isEmpty());
			int eventsBefore = forDay(events.values(), "2026-06-12").size();
			Object computedAt = computedAt(day);

			send(batch);
			send(Readings.day("S4", "haidian", day.plusDays(2), 20, 24));
			await().atMost(Duration.ofSeconds(60)).until(() -> !forDay(events.values(), "2026-06-14").isEmpty());

			assertThat(eventsBefore).isPositive();
			assertThat(forDay(events.values(), "2026-06-12")).hasSize(eventsBefore);
			assertThat(computedAt(day)).isEqualTo(computedAt);
			// a day's event is published just before its transaction commits: wait for
			// the commit
			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(
						jdbc.sql("SELECT count(*) FROM reading WHERE station_id = 'S4'").query(Integer.class).single())
					.isEqualTo(3 * batch.size()));
		}
	}

	@Test
	void badParametersAreProblemsNamingTheParameter() {
		problem("/api/v1/trends?scope=station&id=S1&pollutant=PM1&from=2026-01-01&to=2026-01-02", "pollutant");
		problem("/api/v1/trends?scope=county&id=S1&pollutant=PM2.5&from=2026-01-01&to=2026-01-02", "scope");
		problem("/api/v1/trends?scope=station&id=S1&pollutant=PM2.5&from=2026-02-01&to=2026-01-02", "from");
		problem("/api/v1/trends?scope=station&id=S1&pollutant=PM2.5&from=2024-01-01&to=2026-01-02&interval=hour", "to");
		problem("/api/v1/trends?scope=station&id=S1&pollutant=PM2.5&from=2026-01-01&to=2026-01-02&interval=minute",
				"interval");
		problem("/api/v1/daily?scope=district&id=x&from=2026-01-01&to=2026-13-01", "to");
		problem("/api/v1/daily?scope=district&id=x&from=2026-01-01&to=2026-01-02&size=100000", "size");
		problem("/api/v1/rankings?year=abc", "year");
		problem("/api/v1/reports/annual?scope=district&year=2026", "id");
	}

	private void problem(String uri, String parameter) {
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
			.jsonPath("$.parameter")
			.isEqualTo(parameter)
			.jsonPath("$.detail")
			.value(d -> assertThat((String) d).contains("'" + parameter + "'"));
	}

	private static List<String> forDay(List<String> events, String day) {
		return events.stream()
			.filter(e -> e.contains("\"day\":\"" + day + "\"") && e.contains("haidian")
					|| e.contains("\"day\":\"" + day + "\"") && e.contains("\"scope\":\"CITY\"")
					|| e.contains("\"day\":\"" + day + "\"") && e.contains("\"scopeId\":\"S4\""))
			.toList();
	}

	private Object computedAt(LocalDate day) {
		return jdbc.sql("SELECT string_agg(computed_at::text, ',' ORDER BY scope) FROM daily_result WHERE day = ?")
			.param(day)
			.query(String.class)
			.single();
	}

	private WebTestClient.ResponseSpec daily(String scope, String id, LocalDate day) {
		return web.get()
			.uri("/api/v1/daily?scope={s}&id={id}&from={d}&to={d}", scope, id, day, day)
			.exchange()
			.expectStatus()
			.isOk();
	}

	private WebTestClient.ResponseSpec goodDays(String district) {
		return web.get().uri("/api/v1/districts/{id}/good-days?year=2026", district).exchange().expectStatus().isOk();
	}

	private void send(List<ReadingReceived> readings) {
		readings.forEach(r -> kafka.send(readingsTopic, r.stationId(), r));
		kafka.flush();
	}

}
