package io.cleanair.alert.accountability;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import io.cleanair.alert.support.AlertIntegrationTest;
import io.cleanair.alert.support.OwnAlertContext;
import io.cleanair.alert.support.AnalyticsJson;
import io.cleanair.alert.support.AnalyticsStub;
import io.cleanair.testsupport.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A district in the bottom three of the monthly ranking for 2, 3 and 4 months running
 * gets a notice of criticism (to its principal), a yellow card (principal and city
 * leader) and a summons for a warning talk; leaving the bottom three resets the count.
 * Each step is recorded once with the rankings behind it, notified through the outbox,
 * and listed by {@code GET /api/v1/accountability}. analytics' rankings are served by
 * {@link AnalyticsStub} as analytics' {@code /api/v1/rankings} writes them.
 */
@OwnAlertContext
@TestPropertySource(
		properties = { "spring.config.import=classpath:officials/shunyi-ladder.yml", "aq.alert.dispatch.enabled=false",
				"aq.alert.accountability.scheduled=false", "aq.alert.rectification.scheduled=false",
				"aq.alert.briefing.morning=false", "aq.alert.analytics.key=analyst-key" })
class AccountabilityLadderIT {

	static final String ADMIN = AlertIntegrationTest.ADMIN_KEY;

	static final List<String> DISTRICTS = List.of("d1", "d2", "d3", "d4", "d5", "shunyi");

	@Autowired
	AnalyticsStub analytics;

	@Autowired
	TestClock clock;

	/** 10 August 2026, 10:00 in Shanghai: August is still running. */
	@BeforeEach
	void tenAugust() {
		clock.set(Instant.parse("2026-08-10T02:00:00Z"));
	}

	@Autowired
	WebTestClient web;

	@Autowired
	JdbcClient jdbc;

	/**
	 * shunyi is in the bottom three January to April, out in May, back in June and July.
	 */
	void rankings() {
		for (int m = 1; m <= 7; m++) {
			YearMonth month = YearMonth.of(2026, m);
			List<String> bottom = m == 5 ? List.of("d3", "d4", "d5") : List.of("d4", "shunyi", "d5");
			analytics.on("/api/v1/rankings?year=2026&month=" + m, AnalyticsJson.monthRanking(month, DISTRICTS, bottom));
		}
	}

	List<String> evaluate(String month) {
		return web.post()
			.uri("/api/v1/accountability/evaluations?month=" + month)
			.header("Authorization", "Bearer " + ADMIN)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Evaluation.class)
			.returnResult()
			.getResponseBody()
			.taken()
			.stream()
			.filter(s -> s.districtId().equals("shunyi"))
			.map(s -> s.sanction())
			.toList();
	}

	record Evaluation(String period, List<Taken> taken) {
	}

	record Taken(String districtId, String month, String sanction, int streak) {
	}

	/**
	 * Notices of shunyi's steps to the official (the city leader also hears of the other
	 * districts' steps).
	 */
	int notices(String official) {
		return jdbc
			.sql("SELECT count(*) FROM notification WHERE kind = 'ACCOUNTABILITY' AND official_id = ?"
					+ " AND idempotency_key LIKE 'accountability:shunyi:%'")
			.param(official)
			.query(Integer.class)
			.single();
	}

	@Test
	void theDistrictClimbsTheLadderMonthByMonthAndLeavingTheBottomThreeResetsIt() {
		rankings();
		assertThat(evaluate("2026-01")).isEmpty();
		assertThat(evaluate("2026-02")).containsExactly("NOTICE_OF_CRITICISM");
		assertThat(notices("zhou-qiang")).isEqualTo(1);
		assertThat(notices("mayor")).isZero();
		assertThat(notices("deputy")).isZero();

		assertThat(evaluate("2026-03")).containsExactly("YELLOW_CARD");
		assertThat(notices("zhou-qiang")).isEqualTo(2);
		assertThat(notices("mayor")).isEqualTo(1);

		assertThat(evaluate("2026-04")).containsExactly("WARNING_TALK");
		assertThat(notices("zhou-qiang")).isEqualTo(3);
		assertThat(notices("mayor")).isEqualTo(2);

		// evaluating a month again takes no step twice and tells nobody again
		assertThat(evaluate("2026-04")).isEmpty();
		assertThat(notices("zhou-qiang")).isEqualTo(3);

		assertThat(evaluate("2026-05")).isEmpty();
		assertThat(evaluate("2026-06")).isEmpty();
		// back in the bottom three for June and July: the count started again, so July is
		// a notice again
		assertThat(evaluate("2026-07")).containsExactly("NOTICE_OF_CRITICISM");

		web.get()
			.uri("/api/v1/accountability?district=shunyi&year=2026")
			.header("Authorization", "Bearer " + ADMIN)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.steps.length()")
			.isEqualTo(4)
			.jsonPath("$.steps[0].month")
			.isEqualTo("2026-07")
			.jsonPath("$.steps[1].sanction")
			.isEqualTo("WARNING_TALK")
			.jsonPath("$.steps[1].sanctionZh")
			.isEqualTo("约谈")
			.jsonPath("$.steps[1].streak")
			.isEqualTo(4)
			.jsonPath("$.steps[1].evidence.length()")
			.isEqualTo(4)
			.jsonPath("$.steps[1].evidence[0].month")
			.isEqualTo("2026-01")
			.jsonPath("$.steps[1].evidence[0].rank")
			.isEqualTo(5)
			.jsonPath("$.steps[1].evidence[0].districtsRanked")
			.isEqualTo(6)
			.jsonPath("$.standings.length()")
			.isEqualTo(7)
			.jsonPath("$.standings[4].bottomThree")
			.isEqualTo(false);

		String text = jdbc.sql("SELECT body FROM notification WHERE idempotency_key = ?")
			.param("accountability:shunyi:2026-02:NOTICE_OF_CRITICISM:zhou-qiang:EMAIL")
			.query(String.class)
			.single();
		assertThat(text).contains("连续 2 个月", "通报批评", "2026-01 第5名（共6）");
		assertThat(analytics.authorizations()).allMatch("Bearer analyst-key"::equals);
	}

	@Test
	void aMonthStillRunningCannotBeEvaluated() {
		web.post()
			.uri("/api/v1/accountability/evaluations?month=2026-08")
			.header("Authorization", "Bearer " + ADMIN)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://cleanair.io/problems/bad-parameter");
	}

}
