package io.cleanair.alert.rectification;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.cleanair.alert.official.OfficialKeys;
import io.cleanair.alert.support.AlertIntegrationTest;
import io.cleanair.alert.support.OwnAlertContext;
import io.cleanair.testsupport.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledger through its API: the admin creates and verifies, the responsible official's
 * key reports progress, nobody else may; an overdue item escalates each step of the
 * district's route once — sweeping every minute does not repeat it — and a missing weekly
 * report is reminded once a week. Every change is in the audit trail.
 */
@OwnAlertContext
@TestPropertySource(properties = { "spring.config.import=classpath:officials/chaoyang-ledger.yml",
		"aq.alert.dispatch.enabled=false", "aq.alert.accountability.scheduled=false",
		"aq.alert.rectification.scheduled=false", "aq.alert.briefing.morning=false" })
class RectificationLedgerIT {

	static final String ADMIN = AlertIntegrationTest.ADMIN_KEY;

	@Autowired
	TestClock clock;

	/** 2026-11-25 10:00 in Shanghai. */
	@BeforeEach
	void tenInTheMorning() {
		clock.set(Instant.parse("2026-11-25T02:00:00Z"));
	}

	@Autowired
	WebTestClient web;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OfficialKeys keys;

	@Autowired
	RectificationService service;

	WebTestClient.RequestHeadersSpec<?> post(String uri, String key, Object body) {
		return web.post().uri(uri).header("Authorization", "Bearer " + key).bodyValue(body);
	}

	int overdueNotices(String official) {
		return jdbc
			.sql("SELECT count(*) FROM notification WHERE kind = 'RECTIFICATION' AND official_id = ?"
					+ " AND idempotency_key LIKE '%:overdue:%'")
			.param(official)
			.query(Integer.class)
			.single();
	}

	@Test
	void anOverdueItemEscalatesOnceAStepNotEveryMinute() {
		String id = post("/api/v1/rectifications", ADMIN,
				Map.of("title", "建筑工地扬尘 Dusty site", "location", "朝阳路 1 号", "districtId", "chaoyang", "officialId",
						"chen-jing", "deadline", "2026-11-28"))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(RectificationItem.class)
			.returnResult()
			.getResponseBody()
			.id()
			.toString();

		// before the deadline nothing escalates
		assertThat(service.sweep()).isZero();

		clock.set(Instant.parse("2026-11-29T01:00:00Z")); // 09:00 on the first overdue
															// day
		int first = service.sweep();
		for (int minute = 0; minute < 10; minute++) {
			clock.advance(Duration.ofMinutes(1));
			assertThat(service.sweep()).isZero();
		}
		assertThat(first).isEqualTo(1);
		// level 1: the responsible official, who is also the district's deputy in charge:
		// one notice
		assertThat(overdueNotices("chen-jing")).isEqualTo(1);
		assertThat(overdueNotices("principal")).isZero();

		clock.advance(Duration.ofDays(7)); // a week overdue: the next step of the route,
											// the principal, once
		service.sweep();
		service.sweep();
		assertThat(overdueNotices("principal")).isEqualTo(1);
		assertThat(overdueNotices("chen-jing")).isEqualTo(1);
		assertThat(overdueNotices("other")).isZero();

		web.get()
			.uri("/api/v1/rectifications/" + id)
			.header("Authorization", "Bearer " + ADMIN)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.overdue")
			.isEqualTo(true)
			.jsonPath("$.item.escalationLevel")
			.isEqualTo(2)
			.jsonPath("$.audit[0].action")
			.isEqualTo("CREATED")
			.jsonPath("$.audit[?(@.action == 'OVERDUE_ESCALATION')].detail")
			.value(d -> assertThat(d.toString()).contains("level 1", "level 2"));
	}

	@Test
	void theResponsibleOfficialReportsTheBureauVerifiesAndNobodyElseMay() {
		String own = keys.issue("chen-jing").key();
		String other = keys.issue("other").key();
		String id = post("/api/v1/rectifications", ADMIN,
				Map.of("title", "露天焚烧点", "districtId", "chaoyang", "officialId", "chen-jing", "deadline", "2027-01-31"))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(RectificationItem.class)
			.returnResult()
			.getResponseBody()
			.id()
			.toString();

		post("/api/v1/rectifications", own, Map.of("title", "x", "districtId", "chaoyang", "deadline", "2027-01-31"))
			.exchange()
			.expectStatus()
			.isForbidden();
		post("/api/v1/rectifications/" + id + "/progress", other, Map.of("note", "not mine")).exchange()
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://cleanair.io/problems/forbidden");
		post("/api/v1/rectifications/" + id + "/progress", own, Map.of("note", "已清理一半")).exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.lastReportAt")
			.exists();
		post("/api/v1/rectifications/" + id + "/status", own, Map.of("status", "IN_PROGRESS")).exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("IN_PROGRESS");
		post("/api/v1/rectifications/" + id + "/status", own, Map.of("status", "VERIFIED")).exchange()
			.expectStatus()
			.isForbidden();
		post("/api/v1/rectifications/" + id + "/status", ADMIN, Map.of("status", "VERIFIED")).exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://cleanair.io/problems/conflict");
		post("/api/v1/rectifications/" + id + "/status", own, Map.of("status", "RECTIFIED")).exchange()
			.expectStatus()
			.isOk();
		post("/api/v1/rectifications/" + id + "/status", ADMIN, Map.of("status", "VERIFIED", "note", "现场核查通过"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("VERIFIED")
			.jsonPath("$.closedAt")
			.exists();

		web.get()
			.uri("/api/v1/rectifications/" + id)
			.header("Authorization", "Bearer " + own)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.notes[0].note")
			.isEqualTo("已清理一半")
			.jsonPath("$.notes[0].author")
			.isEqualTo("chen-jing")
			.jsonPath("$.audit.length()")
			.isEqualTo(5)
			.jsonPath("$.audit[4].detail")
			.isEqualTo("RECTIFIED → VERIFIED: 现场核查通过");
	}

	@Test
	void aMissingWeeklyReportIsRemindedOnceAWeek() {
		clock.set(Instant.parse("2026-12-01T02:00:00Z"));
		String id = post("/api/v1/rectifications", ADMIN,
				Map.of("title", "企业超标排放", "districtId", "chaoyang", "officialId", "chen-jing", "deadline",
						"2027-03-01"))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(RectificationItem.class)
			.returnResult()
			.getResponseBody()
			.id()
			.toString();
		String reminders = "SELECT count(*) FROM notification WHERE kind = 'RECTIFICATION' AND idempotency_key LIKE 'rectification:"
				+ id + ":report:%'";
		clock.advance(Duration.ofDays(6));
		service.sweep();
		assertThat(jdbc.sql(reminders).query(Integer.class).single()).isZero();
		clock.advance(Duration.ofDays(2));
		service.sweep();
		clock.advance(Duration.ofHours(1));
		service.sweep();
		assertThat(jdbc.sql(reminders).query(Integer.class).single()).isEqualTo(1);
		clock.advance(Duration.ofDays(7));
		service.sweep();
		assertThat(jdbc.sql(reminders).query(Integer.class).single()).isEqualTo(2);
	}

}
