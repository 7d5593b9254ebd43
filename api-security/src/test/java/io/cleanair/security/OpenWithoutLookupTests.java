package io.cleanair.security;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** A service on the same class path that declares no key lookup stays open, as before. */
@SpringBootTest(classes = OpenWithoutLookupTests.OpenApp.class,
		webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "30s")
class OpenWithoutLookupTests {

	@Autowired
	WebTestClient web;

	@Test
	void requestsWithoutKeyPass() {
		web.get().uri("/open").exchange().expectStatus().isOk();
		web.post().uri("/open").exchange().expectStatus().isOk();
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(OpenController.class)
	static class OpenApp {

	}

	@RestController
	static class OpenController {

		@GetMapping("/open")
		Map<String, String> get() {
			return Map.of("ok", "yes");
		}

		@PostMapping("/open")
		Map<String, String> post() {
			return Map.of("ok", "yes");
		}

	}

}
