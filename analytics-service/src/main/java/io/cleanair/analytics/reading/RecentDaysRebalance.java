package io.cleanair.analytics.reading;

import java.util.Collection;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ContainerCustomizer;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;

/**
 * Drops the cache of recent days whenever partitions are revoked from or assigned to a
 * consumer of this instance: the days of a station whose partition moves are then written
 * by another consumer, perhaps of another instance.
 */
@Configuration(proxyBeanMethods = false)
class RecentDaysRebalance {

	@Bean
	ContainerCustomizer<Object, Object, ConcurrentMessageListenerContainer<Object, Object>> recentDaysOnRebalance(
			RecentDays recentDays) {
		return container -> container.getContainerProperties()
			.setConsumerRebalanceListener(new ConsumerAwareRebalanceListener() {

				@Override
				public void onPartitionsRevokedBeforeCommit(Consumer<?, ?> consumer,
						Collection<TopicPartition> partitions) {
					recentDays.clear();
				}

				@Override
				public void onPartitionsLost(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
					recentDays.clear();
				}

				@Override
				public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
					recentDays.clear();
				}

			});
	}

}
