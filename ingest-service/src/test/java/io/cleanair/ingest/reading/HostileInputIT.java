package io.cleanair.ingest.reading;

import java.util.Map;

import io.cleanair.ingest.support.FixedClock;
import io.cleanair.ingest.support.IngestClient;
import io.cleanair.ingest.support.IngestIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * NUL and other control characters, and identifiers outside the rule: a reading is
 * rejected on its own with its code (the rest of the batch is accepted), a registry call
 * is a 400 problem, never a 500.
 */
@IngestIntegrationTest
@Import(FixedClock.class)
class HostileInputIT {

	@Autowired
	WebTestClient web;

	@Test
	void aNulInOneStationIdRejectsThatReadingAloneAndTheBatchIsAccepted() {
		IngestClient ingest = new IngestClient(web);
		ingest.registerStation("H1", "dongcheng");
		String key = ingest.stationKey("H1");
		String batch = """
				{"readings":[
				{"stationId":"H1","time":"2026-11-27T22:00:00Z","pollutant":"PM2_5","value":"35","unit":"ug/m3"},
				{"stationId":"H1\\u0000","time":"2026-11-27T23:00:00Z","pollutant":"PM2_5","value":"35","unit":"ug/m3"},
				{"stationId":"H1","time":"2026-11-28T00:00:00Z","pollutant":"PM2_5","value":"35\\u0000","unit":"ug/m3"},
				{"stationId":"H1","time":"2026-11-28T01:00:00Z","pollutant":"PM2_5","value":"35","unit":"ug/m3\\u0007"},
				{"stationId":"x' OR '1'='1","time":"2026-11-28T02:00:00Z","pollutant":"PM2_5","value":"35","unit":"ug/m3"},
				{"stationId":"H1","time":"2026-11-28T03:00:00Z","pollutant":"PM10","value":"50","unit":"ug/m3"}]}""";
		ingest.postJson(key, batch)
			.expectStatus()
			.isAccepted()
			.expectBody()
			.jsonPath("$.accepted")
			.isEqualTo(2)
			.jsonPath("$.rejected[0].index")
			.isEqualTo(1)
			.jsonPath("$.rejected[0].code")
			.isEqualTo("CONTROL_CHARACTER")
			.jsonPath("$.rejected[1].index")
			.isEqualTo(2)
			.jsonPath("$.rejected[1].code")
			.isEqualTo("CONTROL_CHARACTER")
			.jsonPath("$.rejected[2].code")
			.isEqualTo("CONTROL_CHARACTER")
			.jsonPath("$.rejected[3].index")
			.isEqualTo(4)
			.jsonPath("$.rejected[3].code")
			.isEqualTo("BAD_STATION_ID");
	}

	@Test
	void aStationIdOutsideTheRuleIsA400Problem() {
		for (String id : new String[] { "x' OR '1'='1", "-leading-dash", "a".repeat(65) }) {
			badParameter(admin(web.put().uri("/api/v1/stations/{id}", id)).contentType(MediaType.APPLICATION_JSON)
				.bodyValue(Map.of("name", "x", "districtId", "dongcheng"))
				.exchange());
		}
		badParameter(admin(web.get().uri("/api/v1/stations/{id}", "x' OR '1'='1")).exchange());
		badParameter(admin(web.post().uri("/api/v1/stations/{id}/keys", "a b")).exchange());
	}

	@Test
	void aNulInAStationsNameOrDistrictIsA400Problem() {
		badParameter(admin(web.put().uri("/api/v1/stations/H2")).contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", "Dong\u0000si", "districtId", "dongcheng"))
			.exchange());
		badParameter(admin(web.put().uri("/api/v1/stations/H2")).contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", "Dongsi", "districtId", "dong\u0000cheng"))
			.exchange());
	}

	private static void badParameter(WebTestClient.ResponseSpec answer) {
		answer.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://cleanair.io/problems/bad-parameter");
	}

	private static <S extends WebTestClient.RequestHeadersSpec<?>> S admin(S spec) {
		spec.header(HttpHeaders.AUTHORIZATION, "Bearer " + IngestClient.ADMIN_KEY);
		return spec;
	}

}
