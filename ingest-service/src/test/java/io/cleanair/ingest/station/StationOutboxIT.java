package io.cleanair.ingest.station;

import java.time.Duration;
import java.util.Map;

import io.cleanair.ingest.support.IngestClient;
import io.cleanair.ingest.support.IngestIntegrationTest;
import io.cleanair.testsupport.RestartableBroker;
import io.cleanair.ingest.support.TopicReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A station registered and changed while the broker is down is answered 201 and 200, and
 * its events reach the stations topic, in order, once the broker is back. Uses a broker
 * of its own.
 */
@IngestIntegrationTest(ownContext = true)
@DirtiesContext
@TestPropertySource(properties = { "spring.kafka.producer.properties.max.block.ms=1000",
		"spring.kafka.producer.properties.request.timeout.ms=1000",
		"spring.kafka.producer.properties.delivery.timeout.ms=1500", "aq.registry.outbox-send-timeout=PT3S" })
class StationOutboxIT {

	static final RestartableBroker broker = RestartableBroker.start();

	@DynamicPropertySource
	static void ownBroker(DynamicPropertyRegistry registry) {
		registry.add("spring.kafka.bootstrap-servers", broker::bootstrapServers);
	}

	@AfterAll
	static void stopBroker() {
		broker.close();
	}

	@Autowired
	WebTestClient web;

	@Value("${aq.topics.stations}")
	String topic;

	@Test
	void changesMadeWhileTheBrokerIsDownArePublishedWhenItIsBack() {
		broker.stop();
		put("OB1", "Before").expectStatus().isCreated();
		put("OB1", "After").expectStatus().isOk();

		broker.startAgain();
		var events = TopicReader.read(broker.bootstrapServers(), topic,
				n -> n.get("stationId").asString().equals("OB1"), 2, Duration.ofSeconds(60));
		assertThat(events).extracting(n -> n.get("name").asString()).containsExactly("Before", "After");
	}

	private WebTestClient.ResponseSpec put(String id, String name) {
		return web.put()
			.uri("/api/v1/stations/{id}", id)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + IngestClient.ADMIN_KEY)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", name, "districtId", "dongcheng"))
			.exchange();
	}

}
