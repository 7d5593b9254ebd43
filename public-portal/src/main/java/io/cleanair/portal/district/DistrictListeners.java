package io.cleanair.portal.district;

import java.util.List;

import io.cleanair.core.event.DailyResultChanged;
import io.cleanair.core.event.DistrictTargetChanged;
import io.cleanair.portal.config.Records;
import io.cleanair.portal.change.ReadModelChanges;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Thin edges: district and city daily results, and district targets, into the read model.
 */
@Component
class DistrictListeners {

	private final DailyRepository days;

	private final TargetRepository targets;

	private final TransactionTemplate transaction;

	private final ReadModelChanges changes;

	DistrictListeners(DailyRepository days, TargetRepository targets, TransactionTemplate transaction,
			ReadModelChanges changes) {
		this.days = days;
		this.targets = targets;
		this.transaction = transaction;
		this.changes = changes;
	}

	/**
	 * Station days are not shown publicly: the page shows stations by the hour, districts
	 * by the day.
	 */
	@KafkaListener(id = "portal-daily-results", idIsGroup = false, topics = "${aq.topics.daily-results}",
			containerFactory = "dailyResultsContainerFactory")
	void onDays(List<ConsumerRecord<String, DailyResultChanged>> records) {
		Records.rejectUnreadable(records);
		List<DailyResultChanged> shown = records.stream()
			.map(ConsumerRecord::value)
			.filter(d -> d != null && d.schemaVersion() == DailyResultChanged.SCHEMA_VERSION)
			.filter(d -> "DISTRICT".equals(d.scope()) || "CITY".equals(d.scope()))
			.toList();
		if (!shown.isEmpty()) {
			transaction.executeWithoutResult(status -> shown.forEach(days::store));
			changes.changed();
		}
	}

	@KafkaListener(id = "portal-district-targets", idIsGroup = false, topics = "${aq.topics.district-targets}",
			containerFactory = "districtTargetsContainerFactory")
	void onTargets(List<ConsumerRecord<String, DistrictTargetChanged>> records) {
		Records.rejectUnreadable(records);
		transaction.executeWithoutResult(status -> records.forEach(r -> {
			if (r.value() == null) {
				targets.delete(r.key());
			}
			else {
				targets.store(r.value());
			}
		}));
		changes.changed();
	}

}
