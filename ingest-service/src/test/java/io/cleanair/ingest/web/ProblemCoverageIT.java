package io.cleanair.ingest.web;

import java.net.URI;

import io.cleanair.ingest.support.IngestClient;
import io.cleanair.ingest.support.IngestIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What ingest's HTTP layer refuses before any controller runs is a problem with a type of
 * the catalogue, not an empty body: an encoded {@code /}, a 10 kB URI, a 40 kB header.
 */
@IngestIntegrationTest
class ProblemCoverageIT {

	@Autowired
	WebTestClient web;

	@LocalServerPort
	int port;

	@Test
	void anEncodedSlashIsARequestRejectedProblem() {
		problem(admin(web.get().uri(URI.create("http://localhost:" + port + "/api/v1/stations/a%2Fb"))).exchange(), 400,
				"request-rejected");
	}

	@Test
	void aTenKilobyteUriIsAUriTooLongProblem() {
		problem(admin(web.get().uri("/api/v1/stations?districtId=" + "d".repeat(10_000))).exchange(), 414,
				"uri-too-long");
	}

	@Test
	void aFortyKilobyteHeaderIsAHeadersTooLargeProblem() {
		problem(admin(web.get().uri("/api/v1/stations")).header("X-Padding", "p".repeat(40_000)).exchange(), 431,
				"headers-too-large");
	}

	private static void problem(WebTestClient.ResponseSpec answer, int status, String type) {
		answer.expectStatus()
			.isEqualTo(status)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://cleanair.io/problems/" + type)
			.jsonPath("$.status")
			.isEqualTo(status);
	}

	private static <S extends WebTestClient.RequestHeadersSpec<?>> S admin(S spec) {
		spec.header(HttpHeaders.AUTHORIZATION, "Bearer " + IngestClient.ADMIN_KEY);
		return spec;
	}

}
