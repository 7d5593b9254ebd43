package io.cleanair.ingest.key;

import java.util.List;
import java.util.Map;

import io.cleanair.ingest.support.IngestClient;
import io.cleanair.ingest.support.IngestIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Keys per station and per provider: who may post for which station, and who may run the
 * registry.
 */
@IngestIntegrationTest
class AuthenticationIT {

	@Autowired
	WebTestClient web;

	IngestClient ingest;

	@BeforeEach
	void stations() {
		ingest = new IngestClient(web);
		ingest.registerStation("A", "dongcheng");
		ingest.registerStation("B", "xicheng");
		ingest.registerStation("C", "haidian");
	}

	@Test
	void readingsWithoutAKeyAre401Problems() {
		web.post()
			.uri("/api/v1/readings")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(batch("A"))
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://cleanair.io/problems/unauthorized");
	}

	@Test
	void anUnknownKeyIs401() {
		ingest.postJson("aq_not-a-key", batch("A")).expectStatus().isUnauthorized();
	}

	@Test
	void aStationKeyPostsForItsStationAndEachReadingForAnotherIsForbidden() {
		String keyOfA = ingest.stationKey("A");
		ingest.postJson(keyOfA, batch("A", "B"))
			.expectStatus()
			.isAccepted()
			.expectBody()
			.jsonPath("$.accepted")
			.isEqualTo(1)
			.jsonPath("$.rejected[0].index")
			.isEqualTo(1)
			.jsonPath("$.rejected[0].code")
			.isEqualTo("FORBIDDEN_STATION");
	}

	@Test
	void aBatchOnlyForOtherStationsIsA403() {
		ingest.postJson(ingest.stationKey("A"), batch("B", "C"))
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://cleanair.io/problems/forbidden");
	}

	@Test
	void aProviderKeyCoversItsStationsOnly() {
		String key = (String) web.post()
			.uri("/api/v1/providers/acme/keys")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + IngestClient.ADMIN_KEY)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("stations", List.of("A", "B")))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("key");
		ingest.postJson(key, batch("A", "B", "C"))
			.expectStatus()
			.isAccepted()
			.expectBody()
			.jsonPath("$.accepted")
			.isEqualTo(2)
			.jsonPath("$.rejected[0].code")
			.isEqualTo("FORBIDDEN_STATION");
	}

	@Test
	void aRevokedKeyIs401AndItsLastUseIsKept() {
		String key = ingest.stationKey("A");
		ingest.postJson(key, batch("A")).expectStatus().isAccepted();
		String keyId = (String) web.get()
			.uri("/api/v1/stations/A/keys")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + IngestClient.ADMIN_KEY)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBodyList(Map.class)
			.returnResult()
			.getResponseBody()
			.stream()
			.filter(k -> k.get("lastUsedAt") != null)
			.map(k -> k.get("keyId"))
			.findFirst()
			.orElseThrow();
		web.delete()
			.uri("/api/v1/keys/{id}", keyId)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + IngestClient.ADMIN_KEY)
			.exchange()
			.expectStatus()
			.isNoContent();
		ingest.postJson(key, batch("A")).expectStatus().isUnauthorized();
	}

	@Test
	void theRegistryIsTheAdminsOnly() {
		String key = ingest.stationKey("A");
		web.get()
			.uri("/api/v1/stations")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + key)
			.exchange()
			.expectStatus()
			.isForbidden();
		web.post()
			.uri("/api/v1/stations/A/keys")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + key)
			.exchange()
			.expectStatus()
			.isForbidden();
		web.get().uri("/api/v1/stations").exchange().expectStatus().isUnauthorized();
	}

	@Test
	void healthPrometheusAndTheOpenApiDescriptionStayOpen() {
		web.get().uri("/actuator/health").exchange().expectStatus().isOk();
		web.get().uri("/actuator/prometheus").exchange().expectStatus().isOk();
		web.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.paths['/api/v1/readings'].post.requestBody.content['text/csv']")
			.exists()
			.jsonPath("$.components.securitySchemes.apiKey.scheme")
			.isEqualTo("bearer");
	}

	private static String batch(String... stations) {
		StringBuilder body = new StringBuilder("{\"readings\":[");
		for (int i = 0; i < stations.length; i++) {
			body.append(i == 0 ? "" : ",")
				.append("""
						{"stationId":"%s","time":"2026-11-28T08:00:00+08:00","pollutant":"PM2_5","value":"35","unit":"ug/m3"}"""
					.formatted(stations[i]));
		}
		return body.append("]}").toString();
	}

}
