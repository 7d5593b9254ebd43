package io.cleanair.ingest.support;

import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Admin and station calls against a running ingest-service in tests. */
public final class IngestClient {

	/** Set as {@code aq.security.admin-key} by every ingest IT. */
	public static final String ADMIN_KEY = "it-admin-key";

	public static final String ADMIN_KEY_PROPERTY = "aq.security.admin-key=" + ADMIN_KEY;

	private final WebTestClient web;

	public IngestClient(WebTestClient web) {
		this.web = web;
	}

	public void registerStation(String id, String districtId) {
		registerStation(id, Map.of("name", id, "districtId", districtId, "kind", "NATIONAL"));
	}

	public void registerStation(String id, Map<String, Object> body) {
		web.put()
			.uri("/api/v1/stations/{id}", id)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + ADMIN_KEY)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.is2xxSuccessful();
	}

	/** A new key for one station; answers the secret. */
	public String stationKey(String stationId) {
		return (String) web.post()
			.uri("/api/v1/stations/{id}/keys", stationId)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + ADMIN_KEY)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("key");
	}

	public WebTestClient.ResponseSpec postJson(String key, String body) {
		return web.post()
			.uri("/api/v1/readings")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + key)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

}
