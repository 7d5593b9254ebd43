package io.cleanair.ingest.reading;

import java.time.Duration;
import java.util.Map;

import io.cleanair.ingest.support.FixedClock;
import io.cleanair.ingest.support.IngestClient;
import io.cleanair.ingest.support.IngestIntegrationTest;
import io.cleanair.ingest.support.TopicReader;
import io.cleanair.testsupport.PostgresOutage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * PostgreSQL goes away: readings of known stations with valid keys are still accepted
 * (and are in Kafka), what needs the database is a 503 problem with Retry-After, and
 * after the database is back a change made meanwhile by someone else is picked up. The
 * shared PostgreSQL of the tests is stopped and started again ({@link PostgresOutage}).
 */
@IngestIntegrationTest(ownContext = true)
@DirtiesContext
@TestPropertySource(properties = { "aq.registry.refresh-interval=PT1S", "aq.problems.database-retry-after=PT4S",
		"aq.security.retry-after=PT4S" })
@Import(FixedClock.class)
class DatabaseOutageIT {

	static final String PROBLEM = "https://cleanair.io/problems/database-unavailable";

	@Autowired
	WebTestClient web;

	@Autowired
	JdbcClient jdbc;

	@Value("${aq.topics.readings}")
	String topic;

	@Test
	void readingsAreAcceptedWhileTheDatabaseIsDownAndTheRegistryAnswers503() {
		IngestClient ingest = new IngestClient(web);
		ingest.registerStation("DB1", "dongcheng");
		ingest.registerStation("DB2", "dongcheng");
		String key1 = ingest.stationKey("DB1");
		String key2 = ingest.stationKey("DB2");

		try (PostgresOutage outage = PostgresOutage.begin()) {
			ingest.postJson(key1, batch("DB1", "2026-11-28T01:00:00Z"))
				.expectStatus()
				.isAccepted()
				.expectBody()
				.jsonPath("$.accepted")
				.isEqualTo(1);
			ingest.postJson(key2, batch("DB2", "2026-11-28T01:00:00Z")).expectStatus().isAccepted();
			assertThat(TopicReader.readings(topic, n -> n.get("time").asString().equals("2026-11-28T01:00:00Z"), 2,
					Duration.ofSeconds(20)))
				.extracting(n -> n.get("stationId").asString())
				.containsExactlyInAnyOrder("DB1", "DB2");

			expectDatabaseUnavailable(
					admin(web.put().uri("/api/v1/stations/DB3")).contentType(MediaType.APPLICATION_JSON)
						.bodyValue(Map.of("name", "DB3", "districtId", "dongcheng"))
						.exchange());
			expectDatabaseUnavailable(admin(web.post().uri("/api/v1/stations/DB1/keys")).exchange());
			expectDatabaseUnavailable(ingest.postJson("aq_not-a-cached-key", batch("DB1", "2026-11-28T02:00:00Z")));
		}
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(500))
			.untilAsserted(() -> admin(web.put().uri("/api/v1/stations/DB3")).contentType(MediaType.APPLICATION_JSON)
				.bodyValue(Map.of("name", "DB3", "districtId", "dongcheng"))
				.exchange()
				.expectStatus()
				.isCreated());

		// changed behind this instance's back, as another instance would
		jdbc.sql("UPDATE ingest.station SET active = false WHERE id = 'DB2'").update();
		jdbc.sql("UPDATE ingest.api_key SET revoked_at = now() WHERE 'DB1' = ANY (station_ids)").update();
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			ingest.postJson(key2, batch("DB2", "2026-11-28T03:00:00Z"))
				.expectStatus()
				.isAccepted()
				.expectBody()
				.jsonPath("$.rejected[0].code")
				.isEqualTo("INACTIVE_STATION");
			ingest.postJson(key1, batch("DB1", "2026-11-28T03:00:00Z")).expectStatus().isUnauthorized();
		});
	}

	private static void expectDatabaseUnavailable(WebTestClient.ResponseSpec answer) {
		answer.expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.valueEquals(HttpHeaders.RETRY_AFTER, "4")
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody(JsonNode.class)
			.value(problem -> assertThat(problem.get("type").asString()).isEqualTo(PROBLEM));
	}

	private static <S extends WebTestClient.RequestHeadersSpec<?>> S admin(S spec) {
		spec.header(HttpHeaders.AUTHORIZATION, "Bearer " + IngestClient.ADMIN_KEY);
		return spec;
	}

	private static String batch(String station, String time) {
		return """
				{"readings":[{"stationId":"%s","time":"%s","pollutant":"PM2_5","value":"35","unit":"ug/m3"}]}"""
			.formatted(station, time);
	}

}
