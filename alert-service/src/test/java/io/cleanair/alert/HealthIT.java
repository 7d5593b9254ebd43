package io.cleanair.alert;

import java.time.Duration;

import com.icegreen.greenmail.util.GreenMail;
import io.cleanair.alert.delivery.channel.SmsChannel;
import io.cleanair.alert.support.AlertIntegrationTest;
import io.cleanair.alert.support.OwnAlertContext;
import io.cleanair.testsupport.PostgresOutage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.awaitility.Awaitility.await;

/**
 * Liveness never depends on a dependency; readiness needs the database, the broker and at
 * least one delivery channel: SMTP down alone leaves the service ready while SMS works,
 * with the channels' states as details.
 */
@OwnAlertContext
class HealthIT {

	@Autowired
	WebTestClient web;

	@Autowired
	GreenMail smtp;

	@Autowired
	SmsChannel sms;

	@Test
	void withoutTheDatabaseItIsAliveButNotReady() {
		try (PostgresOutage outage = PostgresOutage.begin()) {
			await().atMost(Duration.ofSeconds(60))
				.untilAsserted(() -> ready().expectStatus()
					.isEqualTo(503)
					.expectBody()
					.jsonPath("$.components.db.status")
					.isEqualTo("DOWN")
					.jsonPath("$.components.kafka.status")
					.isEqualTo("UP"));
			alive();
			// what a client gets meanwhile: a problem once the pool gives up (2 s), not a
			// hang
			web.get()
				.uri("/api/v1/incidents")
				.header("Authorization", "Bearer " + AlertIntegrationTest.ADMIN_KEY)
				.exchange()
				.expectStatus()
				.isEqualTo(503)
				.expectHeader()
				.exists("Retry-After")
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo("https://cleanair.io/problems/database-unavailable");
		}
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> ready().expectStatus().isOk());
	}

	@Test
	void withoutSmtpItStaysReadyOnSmsAndIsNotReadyWithoutEither() {
		ready().expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.components.delivery.details.email.status")
			.isEqualTo("UP");
		smtp.stop();
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> ready().expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.components.delivery.status")
				.isEqualTo("UP")
				.jsonPath("$.components.delivery.details.email.status")
				.isEqualTo("DOWN")
				.jsonPath("$.components.delivery.details.sms.status")
				.isEqualTo("UP"));
		web.get().uri("/actuator/health").exchange().expectStatus().isOk();
		sms.resilience().circuitBreaker().transitionToForcedOpenState();
		try {
			ready().expectStatus()
				.isEqualTo(503)
				.expectBody()
				.jsonPath("$.components.delivery.details.sms.circuit")
				.isEqualTo("FORCED_OPEN");
			alive();
		}
		finally {
			sms.resilience().circuitBreaker().transitionToClosedState();
		}
	}

	private void alive() {
		web.get()
			.uri("/actuator/health/liveness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
	}

	private WebTestClient.ResponseSpec ready() {
		return web.get().uri("/actuator/health/readiness").exchange();
	}

}
