package io.cleanair.analytics.signal;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.cleanair.analytics.config.AnalyticsProperties;
import io.cleanair.core.event.AlertSignal;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/** Publishes signals keyed by district and waits for the broker's acknowledgement. */
@Component
public class SignalPublisher {

	private final KafkaTemplate<String, Object> kafka;

	private final String topic;

	SignalPublisher(KafkaTemplate<String, Object> kafka, AnalyticsProperties properties) {
		this.kafka = kafka;
		this.topic = properties.topics().alertSignals();
	}

	public void publish(List<AlertSignal> signals) {
		CompletableFuture
			.allOf(signals.stream().map(s -> kafka.send(topic, s.districtId(), s)).toArray(CompletableFuture[]::new))
			.join();
	}

}
