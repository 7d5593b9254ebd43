package io.cleanair.security;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * A service with a key lookup and rules: 401 without or with a bad key, 403 outside the
 * rules, the admin key.
 */
@SpringBootTest(classes = ApiKeySecurityTests.KeyedApp.class,
		webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "aq.security.admin-key=" + ApiKeySecurityTests.ADMIN_KEY, "aq.security.lookup-timeout=PT1S",
				"aq.security.retry-after=PT7S" })
@AutoConfigureWebTestClient(timeout = "30s")
class ApiKeySecurityTests {

	static final String ADMIN_KEY = "test-admin-key";

	static final String STATION_KEY = "aq_station-key";

	/** A key whose lookup fails, as it does while the key store's database is down. */
	static final String KEY_WHILE_STORE_FAILS = "aq_store-fails";

	/** A key whose lookup never answers. */
	static final String KEY_WHILE_STORE_HANGS = "aq_store-hangs";

	@Autowired
	WebTestClient web;

	@Test
	void noKeyIsA401ProblemWithABearerChallenge() {
		web.get()
			.uri("/things")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"aq\"")
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(ProblemResponses.UNAUTHORIZED_TYPE)
			.jsonPath("$.status")
			.isEqualTo(401);
	}

	@Test
	void unknownKeyIsA401() {
		web.get()
			.uri("/things")
			.header(HttpHeaders.AUTHORIZATION, "Bearer nope")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("The API key is unknown or revoked.");
	}

	@Test
	void otherSchemeIsA401() {
		web.get()
			.uri("/things")
			.header(HttpHeaders.AUTHORIZATION, "Basic YTpi")
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	@Test
	void aLookupThatFailsIsA503ProblemWithRetryAfterNotA500() {
		for (String key : new String[] { KEY_WHILE_STORE_FAILS, KEY_WHILE_STORE_HANGS }) {
			web.get()
				.uri("/things")
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + key)
				.exchange()
				.expectStatus()
				.isEqualTo(503)
				.expectHeader()
				.valueEquals(HttpHeaders.RETRY_AFTER, "7")
				.expectHeader()
				.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo("https://cleanair.io/problems/database-unavailable")
				.jsonPath("$.status")
				.isEqualTo(503);
		}
	}

	@Test
	void knownKeyPassesAndItsPrincipalReachesTheController() {
		web.get()
			.uri("/things")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + STATION_KEY)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.owner")
			.isEqualTo("S1");
	}

	@Test
	void keyWithoutTheRoleIsA403Problem() {
		web.put()
			.uri("/things")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + STATION_KEY)
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(ProblemResponses.FORBIDDEN_TYPE);
	}

	@Test
	void adminKeyHasTheAdminRole() {
		web.put()
			.uri("/things")
			.header(HttpHeaders.AUTHORIZATION, "bearer " + ADMIN_KEY)
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void healthStaysOpenEvenWithABadKey() {
		web.get().uri("/actuator/health").exchange().expectStatus().isOk();
		web.get()
			.uri("/actuator/health")
			.header(HttpHeaders.AUTHORIZATION, "Bearer nope")
			.exchange()
			.expectStatus()
			.isOk();
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(ThingController.class)
	static class KeyedApp {

		@Bean
		ApiKeyLookup lookup() {
			String known = ApiKeys.sha256Hex(STATION_KEY);
			String fails = ApiKeys.sha256Hex(KEY_WHILE_STORE_FAILS);
			String hangs = ApiKeys.sha256Hex(KEY_WHILE_STORE_HANGS);
			return hash -> {
				if (hash.equals(fails)) {
					return Mono.error(new IllegalStateException("Connection is not available, request timed out"));
				}
				if (hash.equals(hangs)) {
					return Mono.never();
				}
				return hash.equals(known) ? Mono.just(new ApiPrincipal("k1", "S1", Set.of("STATION"), Set.of("S1")))
						: Mono.empty();
			};
		}

		@Bean
		ApiAuthorizationRules rules() {
			return exchanges -> exchanges.pathMatchers(HttpMethod.PUT, "/things").hasRole(ApiPrincipal.ADMIN);
		}

	}

	@RestController
	static class ThingController {

		@GetMapping("/things")
		Map<String, String> get(@AuthenticationPrincipal ApiPrincipal principal) {
			return Map.of("owner", principal.owner());
		}

		@PutMapping("/things")
		Map<String, String> put() {
			return Map.of("ok", "yes");
		}

	}

}
