package io.cleanair.analytics.district;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import io.cleanair.analytics.config.AnalyticsProperties;
import io.cleanair.core.event.DistrictTargetChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Publishes district targets on the compacted topic {@code aq.district-targets.v1} (key =
 * district:year): when one is set, and at start-up for the current year, so the topic
 * holds every target in force even when it was set before the topic existed.
 */
@Component
class TargetPublisher {

	private static final Logger log = LoggerFactory.getLogger(TargetPublisher.class);

	private final KafkaTemplate<String, Object> kafka;

	private final DistrictRepository districts;

	private final String topic;

	private final Clock clock;

	private final AnalyticsProperties properties;

	TargetPublisher(KafkaTemplate<String, Object> kafka, DistrictRepository districts, AnalyticsProperties properties,
			Clock clock) {
		this.kafka = kafka;
		this.districts = districts;
		this.topic = properties.topics().districtTargets();
		this.clock = clock;
		this.properties = properties;
	}

	/** Sends the target and waits for the broker's acknowledgement. */
	void publish(DistrictRepository.Target t) throws Exception {
		String name = districts.find(t.districtId()).map(DistrictRepository.District::name).orElse(null);
		DistrictTargetChanged event = new DistrictTargetChanged(UUID.randomUUID(), DistrictTargetChanged.SCHEMA_VERSION,
				t.districtId(), name, t.year(), t.goodDayRate(), t.goodDayCount(), Instant.now(clock));
		kafka.send(topic, t.districtId() + ":" + t.year(), event).get(10, TimeUnit.SECONDS);
	}

	@EventListener(ApplicationReadyEvent.class)
	void publishThisYearsTargets() {
		int year = LocalDate.now(clock.withZone(properties.zone())).getYear();
		try {
			for (DistrictRepository.Target t : districts.targetsOf(year)) {
				publish(t);
			}
		}
		catch (Exception e) {
			log.warn("Could not republish the targets of {} on {}: {}", year, topic, e.toString());
		}
	}

}
