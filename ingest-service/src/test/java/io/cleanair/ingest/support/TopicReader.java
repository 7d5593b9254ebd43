package io.cleanair.ingest.support;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import io.cleanair.testsupport.TestInfrastructure;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** test-support's topic reader, with the records as JSON. */
public final class TopicReader {

	private static final JsonMapper JSON = JsonMapper.builder().build();

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

	public static Predicate<JsonNode> station(String id) {
		return node -> id.equals(node.get("stationId").asString());
	}

}
