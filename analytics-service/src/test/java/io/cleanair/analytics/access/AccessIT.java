package io.cleanair.analytics.access;

import java.util.Map;

import io.cleanair.analytics.AnalyticsIntegrationTest;
import io.cleanair.analytics.TestKeys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared API-key scheme: the admin manages, an analyst's key only reads, no or a
 * revoked key is refused.
 */
@AnalyticsIntegrationTest
class AccessIT {

	static final String DAILY = "/api/v1/daily?scope=city&id=city&from=2026-01-01&to=2026-01-31";

	@Autowired
	WebTestClient web;

	@Test
	void withoutAKeyTheApiAnswers401ButHealthIsOpen() {
		web.get()
			.uri(DAILY)
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueMatches("WWW-Authenticate", "Bearer.*");
		web.get().uri("/actuator/health").exchange().expectStatus().isOk();
	}

	@Test
	void anAnalystKeyReadsButCannotChangeAndStopsWorkingWhenRevoked() {
		Map<String, Object> issued = TestKeys.asAdmin(web)
			.post()
			.uri("/api/v1/analyst-keys")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("owner", "li.na@bureau.example"))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
		assertThat(issued).containsKeys("keyId", "key");
		WebTestClient analyst = web.mutate().defaultHeader("Authorization", "Bearer " + issued.get("key")).build();

		analyst.get().uri(DAILY).exchange().expectStatus().isOk();
		analyst.put()
			.uri("/api/v1/districts/dongcheng")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", "Dongcheng", "cityId", "beijing"))
			.exchange()
			.expectStatus()
			.isForbidden();
		analyst.post()
			.uri("/api/v1/analyst-keys")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("owner", "someone"))
			.exchange()
			.expectStatus()
			.isForbidden();

		TestKeys.asAdmin(web)
			.delete()
			.uri("/api/v1/analyst-keys/{id}", issued.get("keyId"))
			.exchange()
			.expectStatus()
			.isNoContent();
		analyst.get().uri(DAILY).exchange().expectStatus().isUnauthorized();
	}

	@Test
	void theAdminManagesDistrictsAndAWrongKeyIsRefused() {
		TestKeys.asAdmin(web)
			.put()
			.uri("/api/v1/districts/xicheng")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", "Xicheng", "cityId", "beijing"))
			.exchange()
			.expectStatus()
			.isCreated();
		web.get().uri(DAILY).header("Authorization", "Bearer not-a-key").exchange().expectStatus().isUnauthorized();
	}

}
