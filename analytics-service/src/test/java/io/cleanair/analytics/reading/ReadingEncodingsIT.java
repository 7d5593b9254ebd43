package io.cleanair.analytics.reading;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cleanair.analytics.AnalyticsIntegrationTest;
import io.cleanair.analytics.ReadingsFlowTest;
import io.cleanair.core.event.CompactReadingCodec;
import io.cleanair.core.event.ReadingReceived;
import io.cleanair.core.pollutant.Pollutant;
import io.cleanair.testsupport.TestInfrastructure;
import io.cleanair.testsupport.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Both versions of both lanes reach the store: the compact encoding on the {@code .v2}
 * topics, and the JSON that older ingests left on the {@code .v1} topics. A record of a
 * {@code .v2} topic that is not an event in the compact encoding is a poison record, like
 * JSON that is not a reading: it goes to its topic's dead-letter topic with its bytes and
 * the reason, and the good records of its batch are stored.
 */
@AnalyticsIntegrationTest(ownContext = true)
class ReadingEncodingsIT extends ReadingsFlowTest {

	static final Instant HOUR = Instant.parse("2026-11-28T00:00:00Z");

	@Value("${aq.topics.readings-backfill}")
	String backfillTopic;

	@Value("${aq.topics.readings-backfill-v1}")
	String backfillV1Topic;

	@Test
	void compactReadingsOnBothLanesAreStoredWithEveryField() {
		List<String> flags = List.of("sender:校准中 µg/m³", "sender:🌫️");
		ReadingReceived live = reading("E1", HOUR, Pollutant.PM2_5, 35.5, flags);
		ReadingReceived history = reading("E1", Instant.parse("2024-03-01T00:00:00Z"), Pollutant.O3, 80, List.of());
		kafka.send(readingsTopic, live.stationId(), live).join();
		kafka.send(backfillTopic, history.stationId(), history).join();
		awaitStored("E1", 2);
		web.get()
			.uri("/api/v1/stations/E1/readings?from={f}&to={t}", HOUR, HOUR.plusSeconds(3600))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(1)
			.jsonPath("$[0].value")
			.isEqualTo(35.5)
			.jsonPath("$[0].qcFlags")
			.isEqualTo(flags);
	}

	@Test
	void jsonReadingsAnOlderIngestLeftOnTheV1TopicsAreStillStored() {
		ReadingReceived live = reading("J1", HOUR, Pollutant.NO2, 20, List.of("sender:旧"));
		ReadingReceived history = reading("J1", Instant.parse("2024-03-01T00:00:00Z"), Pollutant.NO2, 22, List.of());
		kafka.send(readingsV1Topic, live.stationId(), live).join();
		kafka.send(backfillV1Topic, history.stationId(), history).join();
		awaitStored("J1", 2);
		// what travelled on .v1 is the JSON of before
		List<String> onV1 = TopicReader.read(TestInfrastructure.kafka().bootstrapServers(), readingsV1Topic,
				v -> v.contains("\"J1\""), 1, Duration.ofSeconds(30));
		assertThat(onV1).singleElement().satisfies(v -> assertThat(v).startsWith("{").contains("\"stationId\":\"J1\""));
		web.get()
			.uri("/api/v1/stations/J1/readings?from={f}&to={t}", HOUR, HOUR.plusSeconds(3600))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[0].value")
			.isEqualTo(20)
			.jsonPath("$[0].qcFlags[0]")
			.isEqualTo("sender:旧");
	}

	@Test
	void aGarbledCompactRecordIsAPoisonRecordAndTheGoodRecordsOfItsBatchAreStored() {
		byte[] good1 = CompactReadingCodec.encode(reading("G1", HOUR, Pollutant.CO, 0.8, List.of()));
		byte[] truncated = Arrays.copyOf(CompactReadingCodec.encode(reading("G1", HOUR, Pollutant.SO2, 5, List.of())),
				20);
		byte[] unknownVersion = CompactReadingCodec.encode(reading("G1", HOUR, Pollutant.PM10, 40, List.of()));
		unknownVersion[0] = 9;
		byte[] json = "{\"stationId\":\"G1\"}".getBytes(StandardCharsets.UTF_8);
		byte[] good2 = CompactReadingCodec.encode(reading("G1", HOUR.plusSeconds(3600), Pollutant.CO, 0.9, List.of()));
		try (KafkaProducer<String, byte[]> raw = rawProducer()) {
			// one key: one partition, in this order, most likely in one batch
			for (byte[] value : List.of(good1, truncated, unknownVersion, json, good2)) {
				raw.send(new ProducerRecord<>(readingsTopic, "G1", value));
			}
			raw.flush();
		}
		awaitStored("G1", 2);
		int deadLetters;
		try (TopicReader dlt = new TopicReader(readingsTopic + ".DLT")) {
			// the dead-letter topic is this class's: other tests' records are there too
			await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(ofG1(dlt.records())).hasSize(3));
			List<ConsumerRecord<String, String>> dead = ofG1(dlt.records());
			deadLetters = dlt.records().size();
			for (ConsumerRecord<String, String> record : dead) {
				assertThat(reason(record)).contains("failed to deserialize");
			}
			assertThat(String.join("\n", dead.stream().map(ReadingEncodingsIT::cause).toList())).contains("truncated")
				.contains("unknown encoding version 9")
				.contains("unknown encoding version 123");
			assertThat(dead.get(2).value()).isEqualTo("{\"stationId\":\"G1\"}");
		}
		// the dead-letter topic keeps the bytes as they came
		List<byte[]> deadBytes = TopicReader.read(TestInfrastructure.kafka().bootstrapServers(), readingsTopic + ".DLT",
				new ByteArrayDeserializer(), v -> true, deadLetters, Duration.ofSeconds(30));
		assertThat(deadBytes).containsSubsequence(truncated, unknownVersion, json);
	}

	@Test
	void anInvalidCompactReadingGoesToTheDeadLetterTopicInTheCompactEncoding() {
		ReadingReceived negative = reading("N1", HOUR, Pollutant.PM10, -3, List.of());
		ReadingReceived good = reading("N1", HOUR.plusSeconds(3600), Pollutant.PM10, 30, List.of());
		kafka.send(readingsTopic, negative.stationId(), negative);
		kafka.send(readingsTopic, good.stationId(), good);
		kafka.flush();
		awaitStored("N1", 1);
		List<ReadingReceived> dead = TopicReader.read(TestInfrastructure.kafka().bootstrapServers(),
				readingsTopic + ".DLT", (topic, bytes) -> CompactReadingCodec.decode(bytes),
				r -> "N1".equals(r.stationId()), 1, Duration.ofSeconds(60));
		assertThat(dead).containsExactly(negative);
	}

	private static List<ConsumerRecord<String, String>> ofG1(List<ConsumerRecord<String, String>> records) {
		return records.stream().filter(r -> "G1".equals(r.key())).toList();
	}

	private static String reason(ConsumerRecord<String, String> record) {
		Header header = record.headers().lastHeader("kafka_dlt-exception-message");
		return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
	}

	private static String cause(ConsumerRecord<String, String> record) {
		StringBuilder all = new StringBuilder();
		for (Header h : record.headers()) {
			if (h.key().startsWith("kafka_dlt-exception")) {
				all.append(new String(h.value(), StandardCharsets.UTF_8)).append(' ');
			}
		}
		return all.toString();
	}

	private static ReadingReceived reading(String station, Instant time, Pollutant p, double value,
			List<String> flags) {
		return new ReadingReceived(UUID.randomUUID(), ReadingReceived.SCHEMA_VERSION, station, "dongcheng", time, p,
				value, p.canonicalUnit(), 0, time.plusSeconds(600), flags);
	}

	private static KafkaProducer<String, byte[]> rawProducer() {
		return new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().bootstrapServers(),
						ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 50),
				new StringSerializer(), new ByteArraySerializer());
	}

	private void awaitStored(String station, int readings) {
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(jdbc.sql("SELECT count(*) FROM reading WHERE station_id = ?")
				.param(station)
				.query(Integer.class)
				.single()).isEqualTo(readings));
	}

}
