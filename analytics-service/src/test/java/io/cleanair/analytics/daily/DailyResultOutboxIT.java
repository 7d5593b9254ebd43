package io.cleanair.analytics.daily;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.cleanair.analytics.AnalyticsIntegrationTest;
import io.cleanair.analytics.Readings;
import io.cleanair.analytics.ReadingsFlowTest;
import io.cleanair.core.event.ReadingReceived;
import io.cleanair.testsupport.RestartableBroker;
import io.cleanair.testsupport.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Daily-result events leave through the outbox after their transaction committed: a
 * consumer that reads one finds the day already stored, and the events of days computed
 * while the broker is down wait in the outbox and arrive once each when it is back.
 */
@AnalyticsIntegrationTest(ownContext = true)
@TestPropertySource(properties = { "spring.kafka.producer.properties.max.block.ms=2000",
		"spring.kafka.producer.properties.request.timeout.ms=2000",
		"spring.kafka.producer.properties.delivery.timeout.ms=3000", "aq.outbox.relay-interval=PT0.5S" })
class DailyResultOutboxIT extends ReadingsFlowTest {

	static final RestartableBroker broker = RestartableBroker.start();

	static final JsonMapper json = JsonMapper.builder().build();

	@DynamicPropertySource
	static void ownBroker(DynamicPropertyRegistry registry) {
		registry.add("spring.kafka.bootstrap-servers", broker::bootstrapServers);
	}

	@AfterAll
	static void stopBroker() {
		broker.close();
	}

	@Value("${aq.topics.daily-results}")
	String dailyTopic;

	@Test
	void aConsumerThatReadsTheEventFindsTheDayStored() {
		LocalDate day = LocalDate.of(2026, 5, 4);
		List<String> keys = List.of("station:S50", "district:dongcheng", "city:city");
		// per key, in the order received: the event's AQI and what the database held on
		// receipt
		Map<String, List<int[]>> seen = new HashMap<>();
		try (TopicReader reader = new TopicReader(broker.bootstrapServers(), dailyTopic)) {
			send(Readings.day("S50", "dongcheng", day, 40, 24));
			int[] checked = { 0 };
			await().atMost(Duration.ofSeconds(60)).until(() -> {
				List<ConsumerRecord<String, String>> records = reader.records();
				for (ConsumerRecord<String, String> r : records.subList(checked[0], records.size())) {
					JsonNode event = json.readTree(r.value());
					// on receipt, before anything else: is the day in the database yet?
					List<Integer> stored = jdbc
						.sql("SELECT aqi FROM daily_result WHERE scope = ? AND scope_id = ? AND day = ?")
						.params(event.get("scope").asString(), event.get("scopeId").asString(),
								LocalDate.parse(event.get("day").asString()))
						.query((rs, n) -> rs.getInt(1))
						.list();
					seen.computeIfAbsent(r.key(), k -> new ArrayList<>())
						.add(new int[] { event.get("aqi").asInt(), stored.isEmpty() ? -1 : stored.get(0) });
					checked[0]++;
				}
				// the whole day has arrived and its last events are read
				Integer finalAqi = aqi("S50", day);
				return finalAqi != null && finalAqi == 60 && outboxRows() == 0 && keys.stream()
					.allMatch(key -> seen.containsKey(key) && last(seen.get(key))[0] == storedAqi(key, day));
			});
		}
		for (String key : keys) {
			List<int[]> events = seen.get(key);
			// never an event for a day the database did not have yet
			assertThat(events).as(key).noneMatch(e -> e[1] == -1);
			// the readings may come in several batches, each changing the day, so the
			// database
			// may be ahead of an earlier event; never behind the last one
			assertThat(last(events)[1]).as(key).isEqualTo(last(events)[0]);
		}
		assertThat(outboxRows()).isZero();
	}

	private static int[] last(List<int[]> events) {
		return events.get(events.size() - 1);
	}

	private int storedAqi(String key, LocalDate day) {
		String[] scope = key.split(":");
		return jdbc.sql("SELECT aqi FROM daily_result WHERE scope = ? AND scope_id = ? AND day = ?")
			.params(scope[0].toUpperCase(Locale.ROOT), scope[1], day)
			.query(Integer.class)
			.optional()
			.orElse(-1);
	}

	@Test
	void daysComputedWhileTheBrokerIsDownArePublishedOnceWhenItIsBack() {
		LocalDate day = LocalDate.of(2026, 5, 6);
		send(Readings.day("S51", "xicheng", day, 40, 24));
		// the readings may come in several batches, each changing the day: wait for the
		// whole day
		await().atMost(Duration.ofSeconds(60)).until(() -> aqi("S51", day) != null && aqi("S51", day) == 60);
		await().atMost(Duration.ofSeconds(30)).until(() -> outboxRows() == 0);
		Integer before = aqi("S51", day);
		List<String> keys = List.of("station:S51", "district:xicheng", "city:city");
		Map<String, Integer> published = new HashMap<>();
		keys.forEach(key -> published.put(key, events(key, day).size()));
		assertThat(events("station:S51", day).get(published.get("station:S51") - 1).get("aqi").asInt())
			.isEqualTo(before);

		broker.stop();
		try {
			// the day's PM2.5 turns out three times higher: the recomputation changes it
			jdbc.sql("UPDATE reading SET value = value * 3 WHERE station_id = 'S51' AND pollutant = 'PM2_5'").update();
			web.post()
				.uri("/api/v1/recomputations?from={d}&to={d}", day, day)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.changed.STATION")
				.isEqualTo(1);
			assertThat(aqi("S51", day)).isGreaterThan(before);
			// the relay tries and fails while the broker is down; the events stay
			await().pollDelay(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(30)).until(() -> outboxRows() == 3);
		}
		finally {
			broker.startAgain();
		}
		await().atMost(Duration.ofSeconds(60)).until(() -> outboxRows() == 0);
		// one event more per changed day, not one per failed attempt
		for (String key : keys) {
			assertThat(events(key, day)).as(key).hasSize(published.get(key) + 1);
		}
		List<JsonNode> station = events("station:S51", day);
		assertThat(station.get(station.size() - 1).get("aqi").asInt()).isEqualTo(aqi("S51", day));
	}

	/** The topic's events of the key and day, read to the topic's end. */
	private List<JsonNode> events(String key, LocalDate day) {
		return TopicReader.readToEnd(broker.bootstrapServers(), dailyTopic)
			.stream()
			.filter(r -> key.equals(r.key()))
			.map(r -> json.readTree(r.value()))
			.filter(e -> day.toString().equals(e.get("day").asString()))
			.toList();
	}

	private Integer aqi(String station, LocalDate day) {
		return jdbc.sql("SELECT aqi FROM daily_result WHERE scope = 'STATION' AND scope_id = ? AND day = ?")
			.params(station, day)
			.query(Integer.class)
			.optional()
			.orElse(null);
	}

	private int outboxRows() {
		return jdbc.sql("SELECT count(*) FROM daily_result_outbox").query(Integer.class).single();
	}

	private void send(List<ReadingReceived> readings) {
		readings.forEach(r -> kafka.send(readingsTopic, r.stationId(), r));
		kafka.flush();
	}

}
