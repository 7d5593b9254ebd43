package io.cleanair.ingest.station;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.cleanair.ingest.support.IngestClient;
import io.cleanair.ingest.support.IngestIntegrationTest;
import io.cleanair.ingest.support.TopicReader;
import io.cleanair.testsupport.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry's fields, paging and filters, and every change on the compacted stations
 * topic.
 */
@IngestIntegrationTest(ownContext = true)
class StationRegistryIT {

	@Autowired
	WebTestClient web;

	@Value("${aq.topics.stations}")
	String topic;

	@Test
	void stationsArePagedAndFilteredAndEveryChangeIsPublished() {
		IngestClient ingest = new IngestClient(web);
		for (int i = 0; i < 5; i++) {
			ingest.registerStation("R" + i,
					Map.of("name", "R" + i, "districtId", i < 3 ? "north" : "south", "kind",
							i == 4 ? "SENSOR" : "NATIONAL", "latitude", 39.9, "longitude", 116.4, "timeZone",
							"Asia/Urumqi", "hourLabel", "END"));
		}
		admin(web.get().uri("/api/v1/stations?districtId=north&page=1&size=2")).exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.total")
			.isEqualTo(3)
			.jsonPath("$.items[*].id")
			.isEqualTo(List.of("R2"));
		admin(web.get().uri("/api/v1/stations?kind=SENSOR")).exchange()
			.expectBody()
			.jsonPath("$.items[*].id")
			.isEqualTo(List.of("R4"));
		admin(web.get().uri("/api/v1/stations/R1")).exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.timeZone")
			.isEqualTo("Asia/Urumqi")
			.jsonPath("$.hourLabel")
			.isEqualTo("END");
		admin(web.get().uri("/api/v1/stations?size=501")).exchange().expectStatus().isBadRequest();
		admin(web.put().uri("/api/v1/stations/BAD")).contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", "x", "districtId", "d", "timeZone", "Mars/Olympus"))
			.exchange()
			.expectStatus()
			.isBadRequest();
		admin(web.delete().uri("/api/v1/stations/R0")).exchange().expectStatus().isNoContent();

		var changes = TopicReader.read(topic, n -> true, 5, Duration.ofSeconds(30));
		assertThat(changes).extracting(n -> n.get("stationId").asString())
			.containsExactlyInAnyOrder("R0", "R1", "R2", "R3", "R4");
		assertThat(changes.get(1).get("timeZone").asString()).isEqualTo("Asia/Urumqi");
		assertThat(tombstones()).containsExactly("R0");
	}

	private List<String> tombstones() {
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
				TestInfrastructure.kafka().bootstrapServers(), ConsumerConfig.GROUP_ID_CONFIG, "tombstones-" + topic,
				ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		List<String> deleted = new java.util.ArrayList<>();
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
				new StringDeserializer())) {
			consumer.subscribe(List.of(topic));
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			while (deleted.isEmpty() && System.nanoTime() < deadline) {
				for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(300))) {
					if (r.value() == null) {
						deleted.add(r.key());
					}
				}
			}
		}
		return deleted;
	}

	private static <S extends WebTestClient.RequestHeadersSpec<?>> S admin(S spec) {
		spec.header(HttpHeaders.AUTHORIZATION, "Bearer " + IngestClient.ADMIN_KEY);
		return spec;
	}

}
