package io.cleanair.portal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client over its configured allowance gets 429 with Retry-After; health checks are
 * never limited.
 */
@PortalIntegrationTest
@TestPropertySource(properties = { "aq.portal.rate-limit.requests-per-period=3", "aq.portal.rate-limit.period=PT30S" })
class RateLimitIT {

	@Autowired
	WebTestClient web;

	@Test
	void theFourthRequestInThePeriodIsTooMany() {
		web.get().uri("/api/public/v1/stations").exchange().expectStatus().isOk();
		web.get().uri("/").exchange().expectStatus().isOk();
		web.get().uri("/api/public/v1/districts").exchange().expectStatus().isOk();
		String retryAfter = web.get()
			.uri("/api/public/v1/stations")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://cleanair.io/problems/rate-limited")
			.jsonPath("$.status")
			.isEqualTo(429)
			.returnResult()
			.getResponseHeaders()
			.getFirst(HttpHeaders.RETRY_AFTER);
		assertThat(Integer.parseInt(retryAfter)).isBetween(1, 30);
		for (int i = 0; i < 5; i++) {
			web.get().uri("/actuator/health").exchange().expectStatus().isOk();
		}
	}

}
