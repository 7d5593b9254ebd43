package io.cleanair.analytics.web;

import java.util.Map;

import io.cleanair.analytics.AnalyticsIntegrationTest;
import io.cleanair.analytics.TestKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * NUL in a district's name and identifiers outside the rule are 400 problems naming the
 * parameter, never a 500 from the database.
 */
@AnalyticsIntegrationTest
class HostileInputIT {

	WebTestClient web;

	@BeforeEach
	void asAdmin(@Autowired WebTestClient client) {
		this.web = TestKeys.asAdmin(client);
	}

	@Test
	void aNulInADistrictsNameIsA400Problem() {
		badParameter(web.put()
			.uri("/api/v1/districts/dongcheng")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", "Dong\u0000cheng", "cityId", "beijing"))
			.exchange(), "name");
	}

	@Test
	void identifiersOutsideTheRuleAre400Problems() {
		badParameter(web.put()
			.uri("/api/v1/districts/{id}", "x' OR '1'='1")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", "X", "cityId", "beijing"))
			.exchange(), "id");
		badParameter(web.get().uri("/api/v1/stations/{id}/readings", "S1 OR 1=1").exchange(), "id");
		badParameter(web.get()
			.uri(b -> b.path("/api/v1/daily")
				.queryParam("scope", "district")
				.queryParam("id", "{id}")
				.queryParam("from", "2026-01-01")
				.queryParam("to", "2026-01-02")
				.build("a b"))
			.exchange(), "id");
	}

	private static void badParameter(WebTestClient.ResponseSpec answer, String parameter) {
		answer.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://cleanair.io/problems/bad-parameter")
			.jsonPath("$.parameter")
			.isEqualTo(parameter);
	}

}
