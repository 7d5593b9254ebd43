package io.cleanair.alert.official;

import java.util.List;
import java.util.Map;

import io.cleanair.alert.support.AlertIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * NUL in an official's name and ids outside the identifier rule are 400 problems, never a
 * 500 from the database.
 */
@AlertIntegrationTest
@TestPropertySource(properties = "spring.config.import=classpath:officials/incident-flow.yml")
class HostileInputIT {

	@Autowired
	WebTestClient web;

	@Test
	void aNulInAnOfficialsNameIsA400Problem() {
		badParameter(put("chen-jing", "Chen\u0000Jing"), "name");
	}

	@Test
	void anOfficialIdOutsideTheRuleIsA400Problem() {
		badParameter(put("x' OR '1'='1", "Chen Jing"), "id");
		badParameter(web.get()
			.uri("/api/v1/officials/{id}/keys", "a b")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + AlertIntegrationTest.ADMIN_KEY)
			.exchange(), "id");
	}

	private WebTestClient.ResponseSpec put(String id, String name) {
		return web.put()
			.uri("/api/v1/officials/{id}", id)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + AlertIntegrationTest.ADMIN_KEY)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", name, "email", "chen@chaoyang.example", "districts", List.of("chaoyang")))
			.exchange();
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
