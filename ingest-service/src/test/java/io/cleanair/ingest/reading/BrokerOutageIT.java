package io.cleanair.ingest.reading;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.cleanair.ingest.support.FixedClock;
import io.cleanair.ingest.support.IngestClient;
import io.cleanair.ingest.support.IngestIntegrationTest;
import io.cleanair.testsupport.RestartableBroker;
import io.cleanair.ingest.support.TopicReader;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The broker goes away in the middle: every batch is a quick 503 with Retry-After, never
 * a 202, and the service accepts again on its own once a broker answers at the same
 * address. Uses a broker of its own.
 */
@IngestIntegrationTest(ownContext = true)
@TestPropertySource(properties = { "aq.ingest.publish-timeout=PT2S", "aq.ingest.retry-after=PT3S",
		"spring.kafka.producer.properties.max.block.ms=1000",
		"spring.kafka.producer.properties.request.timeout.ms=1000",
		"spring.kafka.producer.properties.delivery.timeout.ms=1500",
		"resilience4j.circuitbreaker.instances.kafka.wait-duration-in-open-state=2s" })
@Import(FixedClock.class)
class BrokerOutageIT {

	static final RestartableBroker broker = RestartableBroker.start();

	/** The broker of its own instead of the shared one. */
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

	@Autowired
	CircuitBreakerRegistry breakers;

	@Value("${aq.topics.readings}")
	String topic;

	@Test
	void whileTheBrokerIsDownEveryBatchIsAQuick503AndAcceptanceResumesWhenItReturns() {
		IngestClient ingest = new IngestClient(web);
		ingest.registerStation("S1", "dongcheng");
		String key = ingest.stationKey("S1");
		ingest.postJson(key, batch(0)).expectStatus().isAccepted();
		List<Integer> acceptedHours = new ArrayList<>(List.of(0));

		broker.stop();
		for (int hour = 1; hour <= 6; hour++) {
			long started = System.nanoTime();
			EntityExchangeResult<byte[]> down = ingest.postJson(key, batch(hour)).expectBody().returnResult();
			Duration took = Duration.ofNanos(System.nanoTime() - started);
			assertThat(down.getStatus()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
			assertThat(down.getResponseHeaders().getFirst("Retry-After")).isEqualTo("3");
			assertThat(took).as("answer within the publish timeout").isLessThan(Duration.ofSeconds(5));
		}

		assertThat(breakers.circuitBreaker(ReadingPublisher.BREAKER).getMetrics().getNumberOfNotPermittedCalls())
			.as("the open breaker answered without waiting for the broker")
			.isPositive();

		broker.startAgain();
		int[] hour = { 7 };
		await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() -> {
			int h = hour[0]++;
			HttpStatus status = (HttpStatus) ingest.postJson(key, batch(h)).expectBody().returnResult().getStatus();
			if (status == HttpStatus.ACCEPTED) {
				acceptedHours.add(h);
			}
			return status == HttpStatus.ACCEPTED;
		});
		for (int h = hour[0]; h < hour[0] + 3; h++) {
			ingest.postJson(key, batch(h)).expectStatus().isAccepted();
			acceptedHours.add(h);
		}

		List<JsonNode> stored = TopicReader.readings(broker.bootstrapServers(), topic, TopicReader.station("S1"),
				acceptedHours.size() + 1, Duration.ofSeconds(20));
		assertThat(stored).extracting(n -> n.get("time").asString())
			.as("each reading answered 202, before or after the outage, once; nothing answered 503")
			.containsExactlyInAnyOrderElementsOf(acceptedHours.stream()
				.map(h -> java.time.Instant.parse("2026-11-26T16:00:00Z").plus(Duration.ofHours(h)).toString())
				.toList());
	}

	/**
	 * One PM2.5 value for the hour {@code hour} hours after 27 November 2026 00:00
	 * Beijing time.
	 */
	private static String batch(int hour) {
		String time = java.time.Instant.parse("2026-11-26T16:00:00Z").plus(Duration.ofHours(hour)).toString();
		return """
				{"readings":[{"stationId":"S1","time":"%s","pollutant":"PM2_5","value":"35","unit":"ug/m3"}]}"""
			.formatted(time);
	}

}
