package io.cleanair.portal.hour;

import java.time.Clock;
import java.util.List;

import io.cleanair.core.event.StationHourComputed;
import io.cleanair.portal.config.PortalProperties;
import io.cleanair.portal.config.Records;
import io.cleanair.portal.change.ReadModelChanges;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Thin edge: stations' hourly reports into the read model; old hours are dropped after
 * the retention.
 */
@Component
class StationHoursListener {

	private static final Logger log = LoggerFactory.getLogger(StationHoursListener.class);

	private final HourRepository hours;

	private final ReadModelChanges changes;

	private final Clock clock;

	private final PortalProperties properties;

	StationHoursListener(HourRepository hours, ReadModelChanges changes, Clock clock, PortalProperties properties) {
		this.hours = hours;
		this.changes = changes;
		this.clock = clock;
		this.properties = properties;
	}

	@KafkaListener(id = "portal-station-hours", idIsGroup = false, topics = "${aq.topics.station-hours}",
			containerFactory = "stationHoursContainerFactory")
	void onHours(List<ConsumerRecord<String, StationHourComputed>> records) {
		Records.rejectUnreadable(records);
		List<StationHourComputed> events = records.stream()
			.map(ConsumerRecord::value)
			.filter(e -> e != null && e.schemaVersion() == StationHourComputed.SCHEMA_VERSION)
			.toList();
		if (!events.isEmpty()) {
			hours.store(events);
			changes.changed();
		}
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
	void dropOldHours() {
		int dropped = hours.deleteBefore(clock.instant().minus(properties.portal().hourRetention()));
		if (dropped > 0) {
			log.info("Dropped {} hourly reports older than {}", dropped, properties.portal().hourRetention());
			changes.changed();
		}
	}

}
