package io.cleanair.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads what a topic holds, from the beginning, as text: as a reader that keeps polling
 * ({@link #records()}), or once until enough matching records came ({@link #read}).
 */
public final class TopicReader implements AutoCloseable {

	private final KafkaConsumer<String, String> consumer;

	private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

	public TopicReader(String topic) {
		this(TestInfrastructure.kafka().bootstrapServers(), topic);
	}

	public TopicReader(String bootstrapServers, String topic) {
		consumer = new KafkaConsumer<>(fromTheBeginning(bootstrapServers), new StringDeserializer(),
				new StringDeserializer());
		consumer.subscribe(List.of(topic));
	}

	/**
	 * Reads the topic from the start until {@code expected} values (tombstones left out)
	 * match, or the wait is over; returns those that matched.
	 */
	public static List<String> read(String bootstrapServers, String topic, Predicate<String> matching, int expected,
			Duration wait) {
		return read(bootstrapServers, topic, new StringDeserializer(), matching, expected, wait);
	}

	/**
	 * As {@link #read(String, String, Predicate, int, Duration)}, with the values as
	 * {@code values} reads them (e.g. a binary encoding).
	 */
	public static <T> List<T> read(String bootstrapServers, String topic, Deserializer<T> values, Predicate<T> matching,
			int expected, Duration wait) {
		List<T> matched = new ArrayList<>();
		try (KafkaConsumer<String, T> consumer = new KafkaConsumer<>(fromTheBeginning(bootstrapServers),
				new StringDeserializer(), values)) {
			consumer.subscribe(List.of(topic));
			long deadline = System.nanoTime() + wait.toNanos();
			while (matched.size() < expected && System.nanoTime() < deadline) {
				for (ConsumerRecord<String, T> record : consumer.poll(Duration.ofMillis(300))) {
					if (record.value() != null && matching.test(record.value())) {
						matched.add(record.value());
					}
				}
			}
		}
		return matched;
	}

	private static Map<String, Object> fromTheBeginning(String bootstrapServers) {
		return Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ConsumerConfig.GROUP_ID_CONFIG,
				"reader-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
				ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
	}

	/**
	 * Every record the topic holds now, from its beginning to its end (a topic that does
	 * not exist yet holds none).
	 */
	public static List<ConsumerRecord<String, String>> readToEnd(String bootstrapServers, String topic) {
		List<ConsumerRecord<String, String>> records = new ArrayList<>();
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
						ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false),
				new StringDeserializer(), new StringDeserializer())) {
			List<TopicPartition> partitions = consumer.partitionsFor(topic)
				.stream()
				.map(p -> new TopicPartition(p.topic(), p.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
			while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
				consumer.poll(Duration.ofMillis(200)).forEach(records::add);
			}
		}
		return records;
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
