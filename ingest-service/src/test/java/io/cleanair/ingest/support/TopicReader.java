package io.cleanair.ingest.support;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import io.cleanair.core.event.CompactReadingCodec;
import io.cleanair.testsupport.TestInfrastructure;
import org.springframework.kafka.support.JacksonMapperUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * test-support's topic reader, with the records as JSON: the readings topics' records
 * decoded from the compact encoding ({@link #readings}), the others read as the JSON they
 * are ({@link #read}).
 */
public final class TopicReader {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** As the JSON serializer of the events writes them. */
	private static final JsonMapper EVENTS = JacksonMapperUtils.enhancedJsonMapper();

	private TopicReader() {
	}

	public static List<JsonNode> read(String topic, Predicate<JsonNode> matching, int expected, Duration wait) {
		return read(TestInfrastructure.kafka().bootstrapServers(), topic, matching, expected, wait);
	}

	public static List<JsonNode> read(String bootstrap, String topic, Predicate<JsonNode> matching, int expected,
			Duration wait) {
		return io.cleanair.testsupport.TopicReader
			.read(bootstrap, topic, value -> matching.test(JSON.readTree(value)), expected, wait)
			.stream()
			.map(JSON::readTree)
			.toList();
	}

	/**
	 * The readings of {@code aq.topics.readings} or {@code aq.topics.readings-backfill}
	 * (compact encoding, {@link CompactReadingCodec}), each as the JSON of its event.
	 */
	public static List<JsonNode> readings(String topic, Predicate<JsonNode> matching, int expected, Duration wait) {
		return readings(TestInfrastructure.kafka().bootstrapServers(), topic, matching, expected, wait);
	}

	public static List<JsonNode> readings(String bootstrap, String topic, Predicate<JsonNode> matching, int expected,
			Duration wait) {
		return io.cleanair.testsupport.TopicReader.read(bootstrap, topic,
				(t, bytes) -> EVENTS.<JsonNode>valueToTree(CompactReadingCodec.decode(bytes)), matching, expected,
				wait);
	}

	public static Predicate<JsonNode> station(String id) {
		return node -> id.equals(node.get("stationId").asString());
	}

}
