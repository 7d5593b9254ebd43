package io.cleanair.ingest.reading;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.cleanair.ingest.support.FixedClock;
import io.cleanair.ingest.support.IngestClient;
import io.cleanair.ingest.support.IngestIntegrationTest;
import io.cleanair.ingest.support.ReadingsLoad;
import io.cleanair.ingest.support.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many batches in parallel, each with some bad readings: afterwards the two lanes hold
 * every accepted reading exactly once between them — each in its lane — and no rejected
 * one.
 */
@IngestIntegrationTest(ownContext = true)
@Import(FixedClock.class)
class ConcurrentLoadIT {

	static final int STATIONS = 8;

	static final int BATCHES_PER_STATION = 5;

	static final int READINGS_PER_BATCH = 200;

	@Autowired
	WebTestClient web;

	@LocalServerPort
	int port;

	@Value("${aq.topics.readings}")
	String topic;

	@Value("${aq.topics.readings-backfill}")
	String backfillTopic;

	@Test
	void everyAcceptedReadingIsInTheTopicExactlyOnceAndNoRejectedOne() {
		IngestClient ingest = new IngestClient(web);
		List<String> stations = new ArrayList<>();
		for (int s = 0; s < STATIONS; s++) {
			stations.add("L" + s);
			ingest.registerStation("L" + s, "load");
		}
		String key = (String) web.post()
			.uri("/api/v1/providers/load/keys")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + IngestClient.ADMIN_KEY)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("stations", stations))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("key");

		List<String> batches = new ArrayList<>();
		Set<String> good = new HashSet<>();
		Set<String> bad = new HashSet<>();
		for (int b = 0; b < BATCHES_PER_STATION; b++) {
			for (String station : stations) {
				StringBuilder body = new StringBuilder("{\"readings\":[");
				for (int i = 0; i < READINGS_PER_BATCH; i++) {
					int n = b * READINGS_PER_BATCH + i;
					boolean rejected = n % 17 == 0;
					body.append(i == 0 ? "" : ",")
						.append(ReadingsLoad.reading(station, n, rejected ? -1 : 20 + n % 30));
					(rejected ? bad : good).add(ReadingsLoad.key(station, n));
				}
				batches.add(body.append("]}").toString());
			}
		}

		List<Map<String, Object>> answers = new ReadingsLoad(port, key).post(batches, 8);
		int accepted = answers.stream().mapToInt(a -> (Integer) a.get("accepted")).sum();
		int rejected = answers.stream().mapToInt(a -> ((List<?>) a.get("rejected")).size()).sum();
		assertThat(accepted).isEqualTo(good.size());
		assertThat(rejected).isEqualTo(bad.size());

		// readings of a week's hours: those older than 48 hours travel the backfill lane
		Instant backfillBefore = FixedClock.NOW.minus(Duration.ofHours(48));
		long history = good.stream()
			.filter(k -> Instant.parse(k.substring(k.lastIndexOf(' ') + 1)).isBefore(backfillBefore))
			.count();
		assertThat(history).isPositive().isLessThan(good.size());
		// asks each lane for one more than expected, so a duplicate would be read rather
		// than missed
		List<String> live = keys(
				TopicReader.readings(topic, n -> true, (int) (good.size() - history) + 1, Duration.ofSeconds(20)));
		List<String> old = keys(
				TopicReader.readings(backfillTopic, n -> true, (int) history + 1, Duration.ofSeconds(20)));
		assertThat(old).hasSize((int) history)
			.allMatch(k -> Instant.parse(k.substring(k.lastIndexOf(' ') + 1)).isBefore(backfillBefore));
		List<String> keys = new ArrayList<>(live);
		keys.addAll(old);
		assertThat(keys).hasSize(good.size()).doesNotHaveDuplicates();
		assertThat(new HashSet<>(keys)).isEqualTo(good).doesNotContainAnyElementsOf(bad);
	}

	private static List<String> keys(List<JsonNode> published) {
		return published.stream()
			.map(n -> n.get("stationId").asString() + " " + n.get("pollutant").asString() + " "
					+ n.get("time").asString())
			.toList();
	}

}
