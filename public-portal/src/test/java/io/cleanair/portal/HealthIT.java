package io.cleanair.portal;

import java.time.Duration;

import io.cleanair.testsupport.PostgresOutage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.awaitility.Awaitility.await;

/**
 * The portal answers its page and current figures from the in-memory view: PostgreSQL
 * down shows as a DEGRADED database on readiness, which stays UP, and liveness never asks
 * the database.
 */
@PortalIntegrationTest
class HealthIT {

	@Autowired
	WebTestClient web;

	@Test
	void withoutTheDatabaseItStaysReadyOnItsViewWithTheDatabaseDegraded() {
		ready().expectStatus().isOk().expectBody().jsonPath("$.components.db.status").isEqualTo("UP");
		try (PostgresOutage outage = PostgresOutage.begin()) {
			await().atMost(Duration.ofSeconds(60))
				.untilAsserted(() -> ready().expectStatus()
					.isOk()
					.expectBody()
					.jsonPath("$.status")
					.isEqualTo("UP")
					.jsonPath("$.components.db.status")
					.isEqualTo("DEGRADED")
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
		}
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> ready().expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.components.db.status")
				.isEqualTo("UP"));
	}

	private WebTestClient.ResponseSpec ready() {
		return web.get().uri("/actuator/health/readiness").exchange();
	}

}
