package io.cleanair.analytics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cleanair.testsupport.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads what a topic holds, from the beginning, as text. */
public final class TopicReader implements AutoCloseable {

	private final KafkaConsumer<String, String> consumer;

	private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

	public TopicReader(String topic) {
		consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
				TestInfrastructure.kafka().bootstrapServers(), ConsumerConfig.GROUP_ID_CONFIG,
				"reader-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
				new StringDeserializer(), new StringDeserializer());
		consumer.subscribe(List.of(topic));
	}

	/** Everything read so far, after polling once more. */
	public List<ConsumerRecord<String, String>> records() {
		for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(300))) {
			seen.add(r);
		}
		return List.copyOf(seen);
	}

	public List<String> values() {
		return records().stream().map(ConsumerRecord::value).toList();
	}

	@Override
	public void close() {
		consumer.close();
	}
}
