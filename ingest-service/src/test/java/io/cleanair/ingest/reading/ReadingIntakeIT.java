package io.cleanair.ingest.reading;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.cleanair.core.event.CompactReadingCodec;
import io.cleanair.core.pollutant.Pollutant;
import io.cleanair.ingest.support.FixedClock;
import io.cleanair.ingest.support.IngestClient;
import io.cleanair.ingest.support.IngestIntegrationTest;
import io.cleanair.testsupport.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A batch with good and bad readings: the good ones reach Kafka keyed by station, the bad
 * ones come back.
 */
@IngestIntegrationTest(ownContext = true)
@Import(FixedClock.class)
class ReadingIntakeIT {

	@Autowired
	WebTestClient web;

	@Value("${aq.topics.readings}")
	String readingsTopic;

	IngestClient ingest;

	String key;

	@BeforeEach
	void registerStation() {
		ingest = new IngestClient(web);
		ingest.registerStation("S1", Map.of("name", "Dongsi", "districtId", "dongcheng", "kind", "NATIONAL"));
		key = ingest.stationKey("S1");
	}

	@Test
	void acceptedReadingsArePublishedAndUnknownStationsRejectedPerReading() {
		String body = """
				{"readings":[
				  {"stationId":"S1","time":"2026-11-28T08:00:00+08:00","pollutant":"PM2_5","value":"35","unit":"ug/m3"},
				  {"stationId":"NOPE","time":"2026-11-28T08:00:00+08:00","pollutant":"PM2_5","value":"35","unit":"ug/m3"},
				  {"stationId":"S1","time":"2026-11-28T08:00:00+08:00","pollutant":"CO","value":"1200","unit":"ug/m3"},
				  {"stationId":"S1","time":"2026-11-28T08:00:00+08:00","pollutant":"BENZENE","value":"1","unit":"ug/m3"}
				]}""";

		ingest.postJson(key, body)
			.expectStatus()
			.isAccepted()
			.expectBody()
			.jsonPath("$.accepted")
			.isEqualTo(2)
			.jsonPath("$.rejected.length()")
			.isEqualTo(2)
			.jsonPath("$.rejected[0].index")
			.isEqualTo(1)
			.jsonPath("$.rejected[0].code")
			.isEqualTo("UNKNOWN_STATION")
			.jsonPath("$.rejected[1].index")
			.isEqualTo(3)
			.jsonPath("$.rejected[1].code")
			.isEqualTo("UNKNOWN_POLLUTANT");

		List<ConsumerRecord<String, byte[]>> published = readAll(readingsTopic, 2);
		assertThat(published).extracting(ConsumerRecord::key).containsOnly("S1");
		// the compact encoding of the .v2 topics: its version byte first
		assertThat(published).allSatisfy(r -> assertThat(r.value()[0]).isEqualTo(CompactReadingCodec.VERSION));
		assertThat(published).extracting(r -> CompactReadingCodec.decode(r.value())).anySatisfy(r -> {
			assertThat(r.pollutant()).isEqualTo(Pollutant.CO);
			assertThat(r.value()).isEqualTo(1.2);
		}).anySatisfy(r -> {
			assertThat(r.pollutant()).isEqualTo(Pollutant.PM2_5);
			assertThat(r.districtId()).isEqualTo("dongcheng");
		});
	}

	@Test
	void unparsableBodyIsAProblemAndPublishesNothing() {
		ingest.postJson(key, "{\"readings\": [ not json")
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void registeredStationsAreListed() {
		web.get()
			.uri("/api/v1/stations")
			.header("Authorization", "Bearer " + IngestClient.ADMIN_KEY)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.total")
			.isEqualTo(1)
			.jsonPath("$.items[0].id")
			.isEqualTo("S1")
			.jsonPath("$.items[0].districtId")
			.isEqualTo("dongcheng")
			.jsonPath("$.items[0].timeZone")
			.isEqualTo("Asia/Shanghai")
			.jsonPath("$.items[0].hourLabel")
			.isEqualTo("START");
	}

	private static List<ConsumerRecord<String, byte[]>> readAll(String topic, int expected) {
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
				TestInfrastructure.kafka().bootstrapServers(), ConsumerConfig.GROUP_ID_CONFIG, "check-" + topic,
				ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
				new ByteArrayDeserializer())) {
			consumer.subscribe(List.of(topic));
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			while (records.size() < expected && System.nanoTime() < deadline) {
				consumer.poll(Duration.ofMillis(500)).forEach(records::add);
			}
		}
		return records;
	}

}
