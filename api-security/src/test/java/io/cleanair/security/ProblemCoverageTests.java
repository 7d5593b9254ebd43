package io.cleanair.security;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.WebFilter;
import reactor.core.publisher.Mono;

/**
 * Every kind of failure a client can provoke before, around or outside the controllers is
 * a problem with a type from the catalogue, never {@code about:blank} or an empty body:
 * the firewall's refusals, the HTTP codec's 414 and 431, a failing web filter, an unknown
 * path and method. Over real HTTP, through Reactor Netty.
 */
@SpringBootTest(classes = ProblemCoverageTests.App.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "aq.security.admin-key=" + ProblemCoverageTests.ADMIN_KEY)
@AutoConfigureWebTestClient(timeout = "30s")
class ProblemCoverageTests {

	static final String ADMIN_KEY = "coverage-admin-key";

	static final String BASE = "https://cleanair.io/problems/";

	@Autowired
	WebTestClient web;

	@LocalServerPort
	int port;

	@Test
	void anEncodedSlashInThePathIsARequestRejectedProblem() {
		problem(admin(web.get().uri(URI.create("http://localhost:" + port + "/things%2Fsecret"))).exchange(), 400,
				"request-rejected");
	}

	@Test
	void aNulInThePathIsARequestRejectedProblem() {
		problem(admin(web.get().uri(URI.create("http://localhost:" + port + "/things%00"))).exchange(), 400,
				"request-rejected");
	}

	@Test
	void aTenKilobyteUriIsAUriTooLongProblem() {
		problem(admin(web.get().uri("/things?q=" + "a".repeat(10_000))).exchange(), 414, "uri-too-long");
	}

	@Test
	void aFortyKilobyteHeaderIsAHeadersTooLargeProblem() {
		problem(admin(web.get().uri("/things")).header("X-Padding", "a".repeat(40_000)).exchange(), 431,
				"headers-too-large");
	}

	@Test
	void aFailingWebFilterIsAnInternalErrorProblem() {
		problem(admin(web.get().uri("/boom")).exchange(), 500, "internal-error");
	}

	@Test
	void anUnknownPathAndAnUnknownMethodAreProblems() {
		problem(admin(web.get().uri("/nothing-here")).exchange(), 404, "not-found");
		problem(admin(web.delete().uri("/things")).exchange(), 405, "method-not-allowed");
		problem(admin(web.get().uri("/things")).accept(MediaType.APPLICATION_XML).exchange(), 406, "not-acceptable");
	}

	private static void problem(WebTestClient.ResponseSpec answer, int status, String type) {
		answer.expectStatus()
			.isEqualTo(status)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(BASE + type)
			.jsonPath("$.status")
			.isEqualTo(status)
			.jsonPath("$.detail")
			.isNotEmpty();
	}

	private static <S extends WebTestClient.RequestHeadersSpec<?>> S admin(S spec) {
		spec.header(HttpHeaders.AUTHORIZATION, "Bearer " + ADMIN_KEY);
		return spec;
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(ThingController.class)
	static class App {

		@Bean
		ApiKeyLookup lookup() {
			return ApiKeyLookup.adminOnly();
		}

		@Bean
		WebFilter failsOnBoom() {
			return (exchange, chain) -> exchange.getRequest().getPath().value().equals("/boom")
					? Mono.error(new IllegalStateException("a filter failed")) : chain.filter(exchange);
		}

	}

	@RestController
	static class ThingController {

		@GetMapping(path = "/things", produces = MediaType.APPLICATION_JSON_VALUE)
		Map<String, String> get() {
			return Map.of("ok", "yes");
		}

	}

}
