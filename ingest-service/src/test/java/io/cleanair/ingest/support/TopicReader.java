package io.cleanair.ingest.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import io.cleanair.testsupport.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a topic from the start, as JSON, until the expected number of matching records or a deadline. */
public final class TopicReader {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private TopicReader() {
	}

	public static List<JsonNode> read(String topic, Predicate<JsonNode> matching, int expected, Duration wait) {
		return read(TestInfrastructure.kafka().bootstrapServers(), topic, matching, expected, wait);
	}

	public static List<JsonNode> read(String bootstrap, String topic, Predicate<JsonNode> matching, int expected,
			Duration wait) {
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
				ConsumerConfig.GROUP_ID_CONFIG, "check-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
				"earliest", ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
		List<JsonNode> records = new ArrayList<>();
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
				new StringDeserializer())) {
			consumer.subscribe(List.of(topic));
			long deadline = System.nanoTime() + wait.toNanos();
			while (records.size() < expected && System.nanoTime() < deadline) {
				for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(300))) {
					if (record.value() == null) {
						continue; // a tombstone
					}
					JsonNode node = JSON.readTree(record.value());
					if (matching.test(node)) {
						records.add(node);
					}
				}
			}
		}
		return records;
	}

	public static Predicate<JsonNode> station(String id) {
		return node -> id.equals(node.get("stationId").asString());
	}
}
