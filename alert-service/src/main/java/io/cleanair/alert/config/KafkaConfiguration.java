package io.cleanair.alert.config;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

	@Bean
	NewTopic alertSignalsTopic(AlertProperties properties) {
		return TopicBuilder.name(properties.signalsTopic()).partitions(3).replicas(1).build();
	}

	@Bean
	NewTopic alertSignalsDeadLetterTopic(AlertProperties properties) {
		return TopicBuilder.name(properties.signalsTopic() + ".DLT").partitions(1).replicas(1).build();
	}

	/**
	 * Bounded retries, then the poison record goes to {@code <topic>.DLT} with the reason
	 * in its headers.
	 */
	@Bean
	DefaultErrorHandler errorHandler(KafkaOperations<Object, Object> kafka) {
		DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(kafka,
				(record, e) -> new TopicPartition(record.topic() + ".DLT", 0));
		return new DefaultErrorHandler(recoverer, new FixedBackOff(500L, 3));
	}

}
