package io.cleanair.analytics.daily;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.cleanair.analytics.AnalyticsIntegrationTest;
import io.cleanair.analytics.Readings;
import io.cleanair.analytics.ReadingsFlowTest;
import io.cleanair.core.event.ReadingReceived;
import io.cleanair.core.pollutant.Pollutant;
import io.cleanair.core.validity.HourCoverage;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The assessment policies end to end, through Kafka and PostgreSQL: each edition's day
 * validity, QC flags in the daily statistics, the 45-minute rule for sub-hourly readings,
 * and recomputing stored days.
 */
// the fixture's clean day repeats each value for 24 hours, which the stuck-value check
// would flag: this class
// sets the flags it is about itself
@AnalyticsIntegrationTest(ownContext = true)
@TestPropertySource(properties = "aq.qc.stuck-hours=25")
class AssessmentPoliciesIT extends ReadingsFlowTest {

	@Test
	void a2014DayWithoutOzoneCountsFromTheOtherFiveAsTheBulletinsCountedIt() {
		LocalDate day = LocalDate.of(2014, 1, 25);
		send(Readings.day("P1", "dongcheng", day, 60, 24).stream().filter(r -> r.pollutant() != Pollutant.O3).toList());

		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> daily("station", "P1", day).expectBody().jsonPath("$.items[0].valid").isEqualTo(true));
		daily("station", "P1", day).expectBody()
			.jsonPath("$.items[0].ruleSet")
			.isEqualTo("hj633-2012")
			.jsonPath("$.items[0].validityPolicy")
			.isEqualTo("MISSING_INDICATORS_NA")
			.jsonPath("$.items[0].aqi")
			.isEqualTo(82)
			.jsonPath("$.items[0].iaqi.PM2_5_24H")
			.isEqualTo(82)
			.jsonPath("$.items[0].missing[0]")
			.isEqualTo("O3_1H")
			.jsonPath("$.items[0].missing[1]")
			.isEqualTo("O3_8H")
			.jsonPath("$.items[0].asRecord")
			.doesNotExist();

		// the same day under HJ 633-2026 §5.3 is not valid: its AQI of the five present
		// is ≤ 100
		LocalDate now = LocalDate.of(2026, 11, 25);
		send(Readings.day("P1", "dongcheng", now, 40, 24).stream().filter(r -> r.pollutant() != Pollutant.O3).toList());
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> daily("station", "P1", now).expectBody()
				.jsonPath("$.items[0].validityPolicy")
				.isEqualTo("NA_UNLESS_ABOVE_100")
				.jsonPath("$.items[0].valid")
				.isEqualTo(false)
				.jsonPath("$.items[0].invalidReason")
				.value(r -> assertThat((String) r).startsWith("HJ 633-2026 §5.3")));
	}

	@Test
	void aSpikeIsStoredWithItsReadingAndDoesNotAloneMakeTheIncompleteOzoneMaximumValid() {
		LocalDate day = LocalDate.of(2016, 5, 23);
		List<ReadingReceived> readings = new ArrayList<>(Readings.day("Q1", "changping", day, 30, 24)
			.stream()
			.filter(r -> r.pollutant() != Pollutant.O3)
			.map(r -> r.pollutant() == Pollutant.NO2 && r.time().equals(Readings.hour(day, 15))
					? r.withRevisionAndFlags(0, List.of("sender:a,\"b\\", "STUCK")) : r)
			.toList());
		for (int h = 0; h < 15; h++) {
			readings.add(Readings.at("Q1", "changping", Readings.hour(day, h), Pollutant.O3, 60, 0));
		}
		readings.add(Readings.at("Q1", "changping", Readings.hour(day, 15), Pollutant.O3, 500, 0)
			.withRevisionAndFlags(0, List.of("SPIKE")));
		send(readings);

		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> daily("station", "Q1", day).expectBody()
				.jsonPath("$.items[0].excluded[0].reason")
				.isEqualTo("NOT_FOR_EXCEEDANCE_EXCEPTION"));
		daily("station", "Q1", day).expectBody()
			.jsonPath("$.items[0].concentrations.O3_1H")
			.doesNotExist()
			.jsonPath("$.items[0].excluded[0].stationId")
			.isEqualTo("Q1")
			.jsonPath("$.items[0].excluded[0].pollutant")
			.isEqualTo("O3")
			.jsonPath("$.items[0].excluded[0].hourLabel")
			.isEqualTo(16)
			.jsonPath("$.items[0].excluded[0].value")
			.isEqualTo(500.0)
			.jsonPath("$.items[0].excluded[0].statistic")
			.isEqualTo("O3_1H")
			.jsonPath("$.items[0].valid")
			.isEqualTo(true);
		daily("district", "changping", day).expectBody().jsonPath("$.items[0].excluded[0].stationId").isEqualTo("Q1");
		web.get()
			.uri("/api/v1/stations/Q1/readings?from={f}&to={t}", "2016-05-23T15:00:00+08:00",
					"2016-05-23T16:00:00+08:00")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[?(@.pollutant == 'O3')].qcFlags[0]")
			.isEqualTo("SPIKE")
			.jsonPath("$[?(@.pollutant == 'PM2_5')].qcFlags.length()")
			.isEqualTo(0)
			.jsonPath("$[?(@.pollutant == 'NO2')].qcFlags[0]")
			.isEqualTo("sender:a,\"b\\")
			.jsonPath("$[?(@.pollutant == 'NO2')].qcFlags[1]")
			.isEqualTo("STUCK");
	}

	@Test
	void subHourlyReadingsMakeAnHourOnlyWith45MinutesOfSamplingCountedAsThe45MinuteRuleCountsThem() {
		LocalDate day = LocalDate.of(2026, 7, 1);
		// hours 0…19 every five minutes; the next hours in patterns whose coverage
		// aq-core computes
		int[][] patterns = { { 0, 300, 600, 900, 1200, 1500, 1800, 2100 }, { 0, 300, 3000, 3300 }, { 1200 },
				{ 0, 600, 1200, 1800, 2400 } };
		List<ReadingReceived> readings = new ArrayList<>();
		for (int h = 0; h < 20; h++) {
			for (int m = 0; m < 60; m += 5) {
				readings.add(Readings.at("R1", "haidian", Readings.hour(day, h).plusSeconds(m * 60), Pollutant.PM2_5,
						50, 0));
			}
		}
		for (int p = 0; p < patterns.length; p++) {
			for (int second : patterns[p]) {
				readings.add(Readings.at("R1", "haidian", Readings.hour(day, 20 + p).plusSeconds(second),
						Pollutant.PM2_5, 90, 0));
			}
		}
		send(readings);

		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(minutesSampled("R1")).hasSize(24));
		List<Integer> expected = new ArrayList<>();
		for (int h = 0; h < 20; h++) {
			expected.add(60);
		}
		for (int[] pattern : patterns) {
			expected.add(HourCoverage.minutesSampled(pattern));
		}
		assertThat(minutesSampled("R1")).containsExactlyElementsOf(expected).endsWith(40, 20, 40, 50);
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> daily("station", "R1", day).expectBody()
				.jsonPath("$.items[0].concentrations.PM2_5_24H")
				.isEqualTo((20 * 50 + 90) / 21.0)
				.jsonPath("$.items[0].excluded.length()")
				.isEqualTo(3)
				.jsonPath("$.items[0].excluded[0].reason")
				.isEqualTo("INSUFFICIENT_COVERAGE")
				.jsonPath("$.items[0].excluded[0].detail")
				.isEqualTo("40 of 60 minutes sampled"));
		// nor are those hours points of the hourly trend: 20 whole hours and the
		// 50-minute one
		web.get()
			.uri("/api/v1/trends?scope=station&id=R1&pollutant=PM2_5&from={d}&to={d}&interval=hour", day, day)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.points.length()")
			.isEqualTo(21)
			.jsonPath("$.points[20].value")
			.isEqualTo(90.0);
	}

	@Test
	void recomputingAPeriodRestoresWhatTheCurrentPolicySaysAndASecondRunChangesNothing() {
		LocalDate day = LocalDate.of(2015, 3, 1);
		send(Readings.day("T1", "xicheng", day, 35, 24));
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(
					() -> daily("district", "xicheng", day).expectBody().jsonPath("$.items[0].valid").isEqualTo(true));
		// results as an earlier version stored them: no policy recorded, the day counted
		// as invalid
		jdbc.sql("UPDATE daily_result SET validity_policy = NULL, valid = false, aqi = NULL, category = NULL"
				+ " WHERE day = ?")
			.param(day)
			.update();

		web.post()
			.uri("/api/v1/recomputations?from=2015-02-28&to=2015-03-01")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.days")
			.isEqualTo(2)
			.jsonPath("$.stationDays")
			.isEqualTo(1)
			.jsonPath("$.changed.STATION")
			.isEqualTo(1)
			.jsonPath("$.changed.DISTRICT")
			.isEqualTo(1)
			.jsonPath("$.changed.CITY")
			.isEqualTo(1);
		daily("district", "xicheng", day).expectBody()
			.jsonPath("$.items[0].valid")
			.isEqualTo(true)
			.jsonPath("$.items[0].aqi")
			.isEqualTo(50)
			.jsonPath("$.items[0].validityPolicy")
			.isEqualTo("MISSING_INDICATORS_NA");

		web.post()
			.uri("/api/v1/recomputations?from=2015-02-28&to=2015-03-01")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.changed.STATION")
			.isEqualTo(0)
			.jsonPath("$.changed.DISTRICT")
			.isEqualTo(0)
			.jsonPath("$.changed.CITY")
			.isEqualTo(0);
	}

	@Test
	void aRecomputationNeedsTheAdminAndABoundedRange() {
		web.post()
			.uri("/api/v1/recomputations?from=2015-01-01&to=2015-03-01")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.parameter")
			.isEqualTo("to");
		web.mutate()
			.defaultHeader("Authorization", "Bearer not-a-key")
			.build()
			.post()
			.uri("/api/v1/recomputations?from=2015-01-01&to=2015-01-02")
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	private List<Integer> minutesSampled(String station) {
		return jdbc.sql("SELECT minutes_sampled FROM hourly_value WHERE station_id = ? ORDER BY hour")
			.param(station)
			.query(Integer.class)
			.list();
	}

	private WebTestClient.ResponseSpec daily(String scope, String id, LocalDate day) {
		return web.get()
			.uri("/api/v1/daily?scope={s}&id={id}&from={d}&to={d}", scope, id, day, day)
			.exchange()
			.expectStatus()
			.isOk();
	}

	private void send(List<ReadingReceived> readings) {
		readings.forEach(r -> kafka.send(readingsTopic, r.stationId(), r));
		kafka.flush();
	}

}
