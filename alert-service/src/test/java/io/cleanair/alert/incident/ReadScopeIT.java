package io.cleanair.alert.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.cleanair.alert.delivery.NotificationDispatcher;
import io.cleanair.alert.support.AlertIntegrationTest;
import io.cleanair.core.event.AlertSignal;
import io.cleanair.core.event.AlertSignal.Severity;
import io.cleanair.core.event.AlertSignal.SignalType;
import io.cleanair.core.pollutant.Pollutant;
import io.cleanair.testsupport.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What each key reads: an official the incidents and notices of their own districts,
 * without anybody's phone number or email address; a leading-group member every district,
 * still without them; the admin everything.
 */
@AlertIntegrationTest
@TestPropertySource(properties = { "spring.config.import=classpath:officials/read-scope.yml",
		"aq.alert.dispatch-interval=PT1H", "aq.alert.escalation-interval=PT1H" })
class ReadScopeIT {

	@Autowired
	TestClock clock;

	@Autowired
	HandleSignal incidents;

	@Autowired
	NotificationDispatcher dispatcher;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WebTestClient web;

	UUID haidian;

	UUID chaoyang;

	@BeforeEach
	void anIncidentInEachDistrict() {
		clock.set(Instant.parse("2026-11-28T02:00:00Z"));
		haidian = open("haidian");
		chaoyang = open("chaoyang");
	}

	@Test
	void anOfficialReadsOwnDistrictsWithoutContacts() {
		WebTestClient a = as(issueKey("deputy-a"));

		a.get()
			.uri("/api/v1/incidents?limit=1000")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[*].districtId")
			.value(districts -> assertThat(districts.toString()).contains("haidian").doesNotContain("chaoyang"));
		a.get()
			.uri("/api/v1/incidents/{id}", chaoyang)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://cleanair.io/problems/not-found");

		String incident = a.get()
			.uri("/api/v1/incidents/{id}", haidian)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(incident).contains("\"notifications\":[{").doesNotContain("+86138").doesNotContain(".example");

		String audit = a.get()
			.uri("/api/v1/notifications?limit=1000")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(audit).contains(haidian.toString())
			.doesNotContain(chaoyang.toString())
			.doesNotContain("+86138")
			.doesNotContain(".example");
		a.get()
			.uri("/api/v1/notifications?incidentId={id}", chaoyang)
			.exchange()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(0);
		a.get().uri("/api/v1/officials").exchange().expectStatus().isForbidden();
	}

	@Test
	void theLeadingGroupReadsEveryDistrictStillWithoutContacts() {
		WebTestClient member = as(issueKey("group-member"));

		String incident = member.get()
			.uri("/api/v1/incidents/{id}", chaoyang)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(incident).contains("\"notifications\":[{").doesNotContain("+86138").doesNotContain(".example");
		String audit = member.get()
			.uri("/api/v1/notifications?incidentId={id}", chaoyang)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(audit).contains(chaoyang.toString()).doesNotContain("+86138").doesNotContain(".example");
	}

	@Test
	void theAdminKeySeesContacts() {
		as(AlertIntegrationTest.ADMIN_KEY).get()
			.uri("/api/v1/notifications?incidentId={id}&channel=SMS", chaoyang)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[0].recipient")
			.isEqualTo("+8613800000022");
	}

	private UUID open(String district) {
		String key = "HEAVY_POLLUTION:" + district + ":" + UUID.randomUUID();
		incidents.handle(new AlertSignal(UUID.randomUUID(), AlertSignal.SCHEMA_VERSION, SignalType.HEAVY_POLLUTION,
				Severity.WARNING, district, "station", Pollutant.PM2_5, key, "Heavy pollution", Map.of("pm25", 180.0),
				clock.instant()));
		UUID id = jdbc.sql("SELECT id FROM incident WHERE deduplication_key = ?").param(key).query(UUID.class).single();
		await().atMost(Duration.ofSeconds(20)).until(() -> {
			dispatcher.dispatchPending();
			return jdbc.sql("SELECT count(*) FROM notification WHERE incident_id = ? AND status = 'PENDING'")
				.param(id)
				.query(Integer.class)
				.single() == 0;
		});
		return id;
	}

	private WebTestClient as(String key) {
		return web.mutate().defaultHeader("Authorization", "Bearer " + key).build();
	}

	private String issueKey(String official) {
		return as(AlertIntegrationTest.ADMIN_KEY).post()
			.uri("/api/v1/officials/{id}/keys", official)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("key")
			.toString();
	}

}
