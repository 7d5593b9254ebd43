package io.cleanair.analytics.config;

import java.util.Map;
import java.util.regex.Pattern;

import io.cleanair.core.event.ReadingReceived;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.support.serializer.DelegatingByTopicDeserializer;
import org.springframework.kafka.support.serializer.DelegatingByTopicSerializer;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.kafka.support.serializer.JacksonJsonDeserializer;
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;

/**
 * Each readings topic in its own encoding. The readings listeners take both versions of a
 * lane: {@code aq.topics.readings} and {@code aq.topics.readings-backfill} ({@code .v2})
 * in the compact encoding ({@link CompactReadingDeserializer}), and
 * {@code aq.topics.readings-v1} and {@code aq.topics.readings-backfill-v1} in JSON, what
 * ingests older than the compact encoding left there. Either way a record that cannot be
 * read reaches the listener as a null value (the error-handling deserializer keeps the
 * bytes and the reason), a poison record. The producer writes the {@code .v2} topics and
 * their dead-letter topics in the compact encoding and everything else (signals, results,
 * the {@code .v1} dead-letter topics) in JSON.
 */
@Configuration(proxyBeanMethods = false)
class ReadingEncodings {

	@Bean
	DefaultKafkaConsumerFactoryCustomizer readingsInTheirTopicsEncoding(AnalyticsProperties properties) {
		AnalyticsProperties.Topics topics = properties.topics();
		return factory -> consumers(factory).setValueDeserializerSupplier(() -> {
			JacksonJsonDeserializer<ReadingReceived> json = new JacksonJsonDeserializer<>(ReadingReceived.class, false);
			json.ignoreTypeHeaders();
			json.trustedPackages("io.cleanair.core.event");
			Map<Pattern, Deserializer<?>> byTopic = Map
				.of(topicOrItsDeadLetters(topics.readingsV1(), topics.readingsBackfillV1()), json);
			return new ErrorHandlingDeserializer<>(
					new DelegatingByTopicDeserializer(byTopic, new CompactReadingDeserializer()));
		});
	}

	@Bean
	DefaultKafkaProducerFactoryCustomizer compactReadingsOnTheCompactTopics(AnalyticsProperties properties) {
		AnalyticsProperties.Topics topics = properties.topics();
		return factory -> producers(factory).setValueSerializerSupplier(() -> {
			JacksonJsonSerializer<Object> json = new JacksonJsonSerializer<>();
			json.setAddTypeInfo(false);
			Map<Pattern, Serializer<?>> byTopic = Map.of(
					topicOrItsDeadLetters(topics.readings(), topics.readingsBackfill()),
					new CompactReadingSerializer());
			return new DelegatingByTopicSerializer(byTopic, json);
		});
	}

	@SuppressWarnings("unchecked")
	private static DefaultKafkaConsumerFactory<Object, Object> consumers(DefaultKafkaConsumerFactory<?, ?> factory) {
		return (DefaultKafkaConsumerFactory<Object, Object>) factory;
	}

	@SuppressWarnings("unchecked")
	private static DefaultKafkaProducerFactory<Object, Object> producers(DefaultKafkaProducerFactory<?, ?> factory) {
		return (DefaultKafkaProducerFactory<Object, Object>) factory;
	}

	/** Exactly these topics, or their {@code .DLT}. */
	static Pattern topicOrItsDeadLetters(String... topics) {
		StringBuilder alternatives = new StringBuilder();
		for (String topic : topics) {
			alternatives.append(alternatives.isEmpty() ? "" : "|").append(Pattern.quote(topic));
		}
		return Pattern.compile("(?:" + alternatives + ")(?:\\.DLT)?");
	}

}
