package io.cleanair.analytics;

import java.time.Duration;

import io.cleanair.testsupport.PostgresOutage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Liveness never depends on the database; readiness says the service cannot answer while
 * PostgreSQL is down, and both (and the whole health) still answer; readiness comes back
 * with the database.
 */
@AnalyticsIntegrationTest(ownContext = true)
class HealthIT {

	@Autowired
	WebTestClient web;

	@Test
	void withoutTheDatabaseItIsAliveButNotReady() {
		ready().expectStatus().isOk().expectBody().jsonPath("$.components.db.status").isEqualTo("UP");
		try (PostgresOutage outage = PostgresOutage.begin()) {
			await().atMost(Duration.ofSeconds(60))
				.untilAsserted(() -> ready().expectStatus()
					.isEqualTo(503)
					.expectBody()
					.jsonPath("$.status")
					.isEqualTo("DOWN")
					.jsonPath("$.components.db.status")
					.isEqualTo("DOWN")
					.jsonPath("$.components.kafka.status")
					.isEqualTo("UP"));
			web.get()
				.uri("/actuator/health/liveness")
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.status")
				.isEqualTo("UP");
			web.get().uri("/actuator/health").exchange().expectStatus().isEqualTo(503);
			// what a client gets meanwhile: a problem once the pool gives up (2 s), not a
			// hang
			TestKeys.asAdmin(web)
				.get()
				.uri("/api/v1/daily?scope=city&id=city&from=2026-01-01&to=2026-01-31")
				.exchange()
				.expectStatus()
				.isEqualTo(503)
				.expectHeader()
				.exists("Retry-After")
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo("https://cleanair.io/problems/database-unavailable");
			// what Prometheus alerts on (DependencyDown)
			web.get()
				.uri("/actuator/prometheus")
				.exchange()
				.expectBody(String.class)
				.value(page -> assertThat(page)
					.containsPattern("aq_health_dependency\\{[^}]*dependency=\"db\"[^}]*} 0\\.0"));
		}
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> ready().expectStatus().isOk());
	}

	private WebTestClient.ResponseSpec ready() {
		return web.get().uri("/actuator/health/readiness").exchange();
	}

}
