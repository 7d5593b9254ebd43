package io.cleanair.analytics.reading;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cleanair.analytics.AnalyticsIntegrationTest;
import io.cleanair.analytics.ReadingsFlowTest;
import io.cleanair.core.event.ReadingReceived;
import io.cleanair.core.pollutant.ConcentrationUnit;
import io.cleanair.core.pollutant.Pollutant;
import io.cleanair.testsupport.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Readings from Kafka are stored once, corrections replace, and a certain heavy-pollution
 * day is signalled.
 */
@AnalyticsIntegrationTest(ownContext = true)
class ReadingPersistenceIT extends ReadingsFlowTest {

	static final Instant EIGHT_AM_BEIJING = Instant.parse("2026-11-28T00:00:00Z");

	@Value("${aq.topics.alert-signals}")
	String signalsTopic;

	@Test
	void redeliveredReadingIsStoredOnceAndCorrectionReplacesIt() {
		ReadingReceived first = reading("S1", EIGHT_AM_BEIJING, Pollutant.PM2_5, 40, 0);
		kafka.send(readingsTopic, "S1", first).join();
		kafka.send(readingsTopic, "S1", first).join();
		kafka.send(readingsTopic, "S1", reading("S1", EIGHT_AM_BEIJING, Pollutant.PM2_5, 44, 1)).join();
		kafka.send(readingsTopic, "S1", reading("S1", EIGHT_AM_BEIJING.plusSeconds(3600), Pollutant.PM2_5, 50, 0))
			.join();

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(
					jdbc.sql("SELECT count(*) FROM reading WHERE station_id = 'S1'").query(Integer.class).single())
				.isEqualTo(2));

		web.get()
			.uri("/api/v1/stations/S1/readings?from={from}&to={to}", "2026-11-28T08:00:00+08:00",
					"2026-11-28T10:00:00+08:00")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(2)
			.jsonPath("$[0].value")
			.isEqualTo(44.0)
			.jsonPath("$[0].revision")
			.isEqualTo(1)
			.jsonPath("$[0].unit")
			.isEqualTo("ug/m3")
			.jsonPath("$[1].value")
			.isEqualTo(50.0);
	}

	@Test
	void subHourlyReadingsAverageIntoTheirHourAcrossBatchesAndACorrectionRecomputesIt() {
		Instant ten = EIGHT_AM_BEIJING.plusSeconds(2 * 3600);
		kafka.send(readingsTopic, "S2", reading("S2", ten, Pollutant.PM2_5, 20, 0)).join();
		kafka.send(readingsTopic, "S2", reading("S2", ten.plusSeconds(900), Pollutant.PM2_5, 30, 0)).join();
		awaitHour("S2", ten, 25, 2);

		// later batches: the hour's stored readings count with the new ones
		kafka.send(readingsTopic, "S2", reading("S2", ten.plusSeconds(1800), Pollutant.PM2_5, 40, 0)).join();
		kafka.send(readingsTopic, "S2", reading("S2", ten.plusSeconds(2700), Pollutant.PM2_5, 50, 0)).join();
		awaitHour("S2", ten, 35, 4);

		// 10:15 corrected from 30 to 70; a reading of the next hour does not count in
		// this one
		kafka.send(readingsTopic, "S2", reading("S2", ten.plusSeconds(900), Pollutant.PM2_5, 70, 1)).join();
		kafka.send(readingsTopic, "S2", reading("S2", ten.plusSeconds(3600), Pollutant.PM2_5, 500, 0)).join();
		awaitHour("S2", ten, 45, 4);
		awaitHour("S2", ten.plusSeconds(3600), 500, 1);
	}

	private void awaitHour(String station, Instant hour, double value, int samples) {
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(jdbc.sql(
					"SELECT value, samples FROM hourly_value WHERE station_id = ? AND pollutant = 'PM2_5' AND hour = ?")
				.params(station, java.sql.Timestamp.from(hour))
				.query((rs, n) -> Map.entry(rs.getDouble(1), rs.getInt(2)))
				.optional()).contains(Map.entry(value, samples)));
	}

	@Test
	void dayCertainToExceedAqi200IsSignalledForTheDistrict() {
		// 8 hours of 500 µg/m³: even with no more data today the 24-hour mean is at least
		// 166.7 → IAQI > 200
		for (int hour = 0; hour < 8; hour++) {
			kafka
				.send(readingsTopic, "S9",
						reading("S9", Instant.parse("2026-11-27T16:00:00Z").plusSeconds(3600L * hour), Pollutant.PM2_5,
								500, 0))
				.join();
		}
		List<String> signals = readAll(signalsTopic);
		assertThat(signals).anySatisfy(s -> assertThat(s).contains("\"type\":\"HEAVY_POLLUTION\"")
			.contains("\"districtId\":\"haidian\"")
			.contains("\"deduplicationKey\":\"HEAVY_POLLUTION:haidian:2026-11-28\""));
	}

	@Test
	void rangeLongerThanAllowedIsAProblemNamingTheParameter() {
		web.get()
			.uri("/api/v1/stations/S1/readings?from=2025-01-01T00:00:00Z&to=2026-01-01T00:00:00Z")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.detail")
			.value(detail -> assertThat((String) detail).contains("range"));
	}

	private static ReadingReceived reading(String station, Instant time, Pollutant p, double value, int revision) {
		String district = station.equals("S9") ? "haidian" : "dongcheng";
		return new ReadingReceived(UUID.randomUUID(), ReadingReceived.SCHEMA_VERSION, station, district, time, p, value,
				ConcentrationUnit.UG_M3, revision, time.plusSeconds(600 + revision));
	}

	private static List<String> readAll(String topic) {
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
				TestInfrastructure.kafka().bootstrapServers(), ConsumerConfig.GROUP_ID_CONFIG, "check-" + topic,
				ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		List<String> values = new ArrayList<>();
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
				new StringDeserializer())) {
			consumer.subscribe(List.of(topic));
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			while (values.isEmpty() && System.nanoTime() < deadline) {
				for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
					values.add(r.value());
				}
			}
		}
		return values;
	}

}
