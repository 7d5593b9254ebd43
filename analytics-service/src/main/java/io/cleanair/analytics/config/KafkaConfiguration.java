package io.cleanair.analytics.config;

import java.util.Map;

import io.cleanair.core.event.StationChanged;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.kafka.support.serializer.JacksonJsonDeserializer;
import org.springframework.util.backoff.ExponentialBackOff;

@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

	@Bean
	NewTopic readingsDeadLetterTopic(AnalyticsProperties properties) {
		return TopicBuilder.name(properties.topics().readings() + ".DLT").partitions(1).replicas(1).build();
	}

	/**
	 * History older than ingest's backfill age; ingest declares it too, with the same
	 * partitions.
	 */
	@Bean
	NewTopic readingsBackfillTopic(AnalyticsProperties properties) {
		return TopicBuilder.name(properties.topics().readingsBackfill()).partitions(6).replicas(1).build();
	}

	@Bean
	NewTopic readingsBackfillDeadLetterTopic(AnalyticsProperties properties) {
		return TopicBuilder.name(properties.topics().readingsBackfill() + ".DLT").partitions(1).replicas(1).build();
	}

	/**
	 * The JSON topics of ingests older than the compact encoding, still consumed:
	 * declared as they were (6 partitions), so that the listeners find them also where no
	 * older ingest ever ran.
	 */
	@Bean
	NewTopic readingsV1Topic(AnalyticsProperties properties) {
		return TopicBuilder.name(properties.topics().readingsV1()).partitions(6).replicas(1).build();
	}

	@Bean
	NewTopic readingsV1DeadLetterTopic(AnalyticsProperties properties) {
		return TopicBuilder.name(properties.topics().readingsV1() + ".DLT").partitions(1).replicas(1).build();
	}

	@Bean
	NewTopic readingsBackfillV1Topic(AnalyticsProperties properties) {
		return TopicBuilder.name(properties.topics().readingsBackfillV1()).partitions(6).replicas(1).build();
	}

	@Bean
	NewTopic readingsBackfillV1DeadLetterTopic(AnalyticsProperties properties) {
		return TopicBuilder.name(properties.topics().readingsBackfillV1() + ".DLT").partitions(1).replicas(1).build();
	}

	@Bean
	NewTopic alertSignalsTopic(AnalyticsProperties properties) {
		return TopicBuilder.name(properties.topics().alertSignals()).partitions(3).replicas(1).build();
	}

	@Bean
	NewTopic dailyResultsTopic(AnalyticsProperties properties) {
		return TopicBuilder.name(properties.topics().dailyResults()).partitions(3).replicas(1).build();
	}

	@Bean
	NewTopic stationHoursTopic(AnalyticsProperties properties) {
		return TopicBuilder.name(properties.topics().stationHours()).partitions(3).replicas(1).build();
	}

	@Bean
	NewTopic districtTargetsTopic(AnalyticsProperties properties) {
		return TopicBuilder.name(properties.topics().districtTargets())
			.partitions(1)
			.replicas(1)
			.config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)
			.build();
	}

	@Bean
	NewTopic stationsTopic(AnalyticsProperties properties) {
		return TopicBuilder.name(properties.topics().stations())
			.partitions(1)
			.replicas(1)
			.config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)
			.build();
	}

	/**
	 * A poison record ({@link PoisonRecordException}: unreadable or invalid) goes to
	 * {@code <topic>.DLT} at once, with the reason in the {@code kafka_dlt-exception-*}
	 * headers. Anything else — above all the database being down — retries the same batch
	 * with a back-off growing to 30 s and no limit: the consumer stays paused on that
	 * batch (it keeps its partitions) and resumes when the database answers, so nothing
	 * is lost, and the idempotent upsert means nothing is counted twice.
	 */
	@Bean
	DefaultErrorHandler errorHandler(KafkaOperations<Object, Object> kafka, KafkaProperties kafkaProperties) {
		// unreadable records keep their original bytes; invalid readings are written
		// again in their topic's encoding (ReadingEncodings)
		Map<Class<?>, KafkaOperations<?, ?>> templates = new java.util.LinkedHashMap<>();
		templates.put(byte[].class,
				new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(kafkaProperties.buildProducerProperties(),
						new StringSerializer(), new ByteArraySerializer())));
		templates.put(Object.class, kafka);
		DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(templates,
				(record, e) -> new TopicPartition(record.topic() + ".DLT", 0));
		ExponentialBackOff backOff = new ExponentialBackOff(500L, 2.0);
		backOff.setMaxInterval(30_000L);
		DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
		handler.addNotRetryableExceptions(PoisonRecordException.class);
		return handler;
	}

	/**
	 * Station metadata: its own value type; a tombstone (null value) is a deleted
	 * station.
	 */
	@Bean
	ConcurrentKafkaListenerContainerFactory<String, StationChanged> stationsContainerFactory(
			KafkaProperties kafkaProperties, DefaultErrorHandler errorHandler) {
		Map<String, Object> config = new java.util.HashMap<>(kafkaProperties.buildConsumerProperties());
		// the readings' deserializer settings are not for this topic
		config.keySet().removeIf(k -> k.startsWith("spring.json") || k.startsWith("spring.deserializer"));
		JacksonJsonDeserializer<StationChanged> json = new JacksonJsonDeserializer<>(StationChanged.class, false);
		json.ignoreTypeHeaders();
		json.trustedPackages("io.cleanair.core.event");
		DefaultKafkaConsumerFactory<String, StationChanged> consumers = new DefaultKafkaConsumerFactory<>(config,
				new StringDeserializer(), new ErrorHandlingDeserializer<>(json));
		ConcurrentKafkaListenerContainerFactory<String, StationChanged> factory = new ConcurrentKafkaListenerContainerFactory<>();
		factory.setConsumerFactory(consumers);
		factory.setCommonErrorHandler(errorHandler);
		return factory;
	}

}
