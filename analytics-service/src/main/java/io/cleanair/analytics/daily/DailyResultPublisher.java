package io.cleanair.analytics.daily;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import io.cleanair.analytics.config.AnalyticsProperties;
import io.cleanair.core.event.DailyResultChanged;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Publishes changed daily results on {@code aq.daily-results.v1}, keyed {@code scope:id}.
 */
@Component
public class DailyResultPublisher {

	private final KafkaTemplate<String, Object> kafka;

	private final String topic;

	DailyResultPublisher(KafkaTemplate<String, Object> kafka, AnalyticsProperties properties) {
		this.kafka = kafka;
		this.topic = properties.topics().dailyResults();
	}

	/**
	 * Sends the days and returns at once; the future completes when the broker
	 * acknowledged them all.
	 */
	public CompletableFuture<Void> send(List<StoredDay> days, Instant now) {
		return CompletableFuture.allOf(days.stream()
			.map(d -> kafka.send(topic, d.scope().label() + ":" + d.scopeId(), event(d, now)))
			.toArray(CompletableFuture[]::new));
	}

	static DailyResultChanged event(StoredDay d, Instant now) {
		Map<String, Double> concentrations = new LinkedHashMap<>();
		d.concentrations().values().forEach((indicator, v) -> concentrations.put(indicator.name(), v));
		return new DailyResultChanged(UUID.randomUUID(), DailyResultChanged.SCHEMA_VERSION, d.scope().name(),
				d.scopeId(), d.districtId(), d.day(), d.aqi(), d.category(), d.primaryPollutants(), d.valid(),
				d.ruleSet(), concentrations, now);
	}

}
