package io.cleanair.ingest.config;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

@Configuration(proxyBeanMethods = false)
class KafkaTopics {

	@Bean
	NewTopic readingsTopic(TopicProperties topics) {
		return TopicBuilder.name(topics.readings()).partitions(6).replicas(1).build();
	}

	/**
	 * The backfill lane: as many partitions as the readings, keyed by station the same
	 * way.
	 */
	@Bean
	NewTopic readingsBackfillTopic(TopicProperties topics) {
		return TopicBuilder.name(topics.readingsBackfill()).partitions(6).replicas(1).build();
	}

	@Bean
	NewTopic stationsTopic(TopicProperties topics) {
		return TopicBuilder.name(topics.stations())
			.partitions(1)
			.replicas(1)
			.config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)
			.build();
	}

}
