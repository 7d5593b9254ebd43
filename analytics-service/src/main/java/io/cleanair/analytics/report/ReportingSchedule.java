package io.cleanair.analytics.report;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Refreshes the reporting schema's rankings and target progress every
 * {@code aq.reporting.refresh} (with the other clock-driven jobs; off with
 * {@code aq.signals.scheduling=false}).
 */
@Component
class ReportingSchedule {

	private final ReportingTables tables;

	ReportingSchedule(ReportingTables tables) {
		this.tables = tables;
	}

	@Scheduled(fixedDelayString = "${aq.reporting.refresh:PT15S}", initialDelayString = "${aq.reporting.refresh:PT15S}")
	void refresh() {
		tables.refresh();
	}

}
