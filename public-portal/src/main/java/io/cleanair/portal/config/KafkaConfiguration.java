package io.cleanair.portal.config;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import io.cleanair.core.event.DailyResultChanged;
import io.cleanair.core.event.DistrictTargetChanged;
import io.cleanair.core.event.StationChanged;
import io.cleanair.core.event.StationHourComputed;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.kafka.support.serializer.JacksonJsonDeserializer;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * One batch-listener container factory per event type, each with its own Jackson 3
 * deserializer. The portal only reads: an unreadable record goes to
 * {@code <topic>.portal.DLT} with its original bytes (the reason in the
 * {@code kafka_dlt-exception-*} headers); anything else — above all the database being
 * down — retries the batch with a back-off growing to 30 s and no limit, and the
 * idempotent upserts make that harmless.
 */
@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

	/**
	 * The topics read, declared as their publishers declare them (KafkaAdmin creates only
	 * the missing ones), so the portal can start before analytics and ingest and still
	 * subscribe at once.
	 */
	@Bean
	KafkaAdmin.NewTopics portalTopics(PortalProperties properties) {
		PortalProperties.Topics t = properties.topics();
		return new KafkaAdmin.NewTopics(compacted(t.stations()),
				TopicBuilder.name(t.stationHours()).partitions(3).replicas(1).build(),
				TopicBuilder.name(t.dailyResults()).partitions(3).replicas(1).build(), compacted(t.districtTargets()));
	}

	private static NewTopic compacted(String name) {
		return TopicBuilder.name(name)
			.partitions(1)
			.replicas(1)
			.config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)
			.build();
	}

	@Bean
	DefaultErrorHandler portalErrorHandler(KafkaProperties kafkaProperties) {
		KafkaOperations<String, byte[]> bytes = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(
				kafkaProperties.buildProducerProperties(), new StringSerializer(), new ByteArraySerializer()));
		Map<Class<?>, KafkaOperations<?, ?>> templates = new LinkedHashMap<>();
		templates.put(Object.class, bytes);
		DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(templates,
				(record, e) -> new TopicPartition(record.topic() + ".portal.DLT", -1));
		ExponentialBackOff backOff = new ExponentialBackOff(500L, 2.0);
		backOff.setMaxInterval(30_000L);
		return new DefaultErrorHandler(recoverer, backOff);
	}

	@Bean
	ConcurrentKafkaListenerContainerFactory<String, StationChanged> stationsContainerFactory(KafkaProperties kafka,
			DefaultErrorHandler portalErrorHandler) {
		return factory(kafka, portalErrorHandler, StationChanged.class);
	}

	@Bean
	ConcurrentKafkaListenerContainerFactory<String, StationHourComputed> stationHoursContainerFactory(
			KafkaProperties kafka, DefaultErrorHandler portalErrorHandler) {
		return factory(kafka, portalErrorHandler, StationHourComputed.class);
	}

	@Bean
	ConcurrentKafkaListenerContainerFactory<String, DailyResultChanged> dailyResultsContainerFactory(
			KafkaProperties kafka, DefaultErrorHandler portalErrorHandler) {
		return factory(kafka, portalErrorHandler, DailyResultChanged.class);
	}

	@Bean
	ConcurrentKafkaListenerContainerFactory<String, DistrictTargetChanged> districtTargetsContainerFactory(
			KafkaProperties kafka, DefaultErrorHandler portalErrorHandler) {
		return factory(kafka, portalErrorHandler, DistrictTargetChanged.class);
	}

	private static <T> ConcurrentKafkaListenerContainerFactory<String, T> factory(KafkaProperties kafkaProperties,
			DefaultErrorHandler errorHandler, Class<T> type) {
		Map<String, Object> config = new HashMap<>(kafkaProperties.buildConsumerProperties());
		config.keySet().removeIf(k -> k.startsWith("spring.json") || k.startsWith("spring.deserializer"));
		JacksonJsonDeserializer<T> json = new JacksonJsonDeserializer<>(type, false);
		json.ignoreTypeHeaders();
		json.trustedPackages("io.cleanair.core.event");
		DefaultKafkaConsumerFactory<String, T> consumers = new DefaultKafkaConsumerFactory<>(config,
				new StringDeserializer(), new ErrorHandlingDeserializer<>(json));
		ConcurrentKafkaListenerContainerFactory<String, T> factory = new ConcurrentKafkaListenerContainerFactory<>();
		factory.setConsumerFactory(consumers);
		factory.setCommonErrorHandler(errorHandler);
		factory.setBatchListener(true);
		return factory;
	}

}
