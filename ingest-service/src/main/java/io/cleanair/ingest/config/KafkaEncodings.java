package io.cleanair.ingest.config;

import java.util.LinkedHashMap;
import java.util.Map;

import io.cleanair.core.event.ReadingReceived;
import org.apache.kafka.common.serialization.Serializer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;

/**
 * What the one producer writes: readings ({@link ReadingReceived}, to
 * {@code aq.topics.readings} and {@code aq.topics.readings-backfill}) in the compact
 * encoding ({@link CompactReadingSerializer}); every other event (the outbox's station
 * events) in JSON, configured by {@code spring.kafka.producer.properties} as before.
 */
@Configuration(proxyBeanMethods = false)
class KafkaEncodings {

	@Bean
	DefaultKafkaProducerFactoryCustomizer readingsInTheCompactEncoding() {
		return factory -> producers(factory).setValueSerializerSupplier(() -> {
			Map<Class<?>, Serializer<?>> byType = new LinkedHashMap<>();
			byType.put(ReadingReceived.class, new CompactReadingSerializer());
			byType.put(Object.class, new JacksonJsonSerializer<>());
			return new DelegatingByTypeSerializer(byType, true);
		});
	}

	@SuppressWarnings("unchecked")
	private static DefaultKafkaProducerFactory<Object, Object> producers(DefaultKafkaProducerFactory<?, ?> factory) {
		return (DefaultKafkaProducerFactory<Object, Object>) factory;
	}

}
