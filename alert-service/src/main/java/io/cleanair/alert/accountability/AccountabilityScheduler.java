package io.cleanair.alert.accountability;

import java.time.Clock;
import java.time.YearMonth;

import io.cleanair.alert.config.AlertProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Now and then: records last month's ranking once it is over (and, in January, last
 * year's vetoes). Any instance may do it; evaluating twice changes nothing.
 */
@Component
class AccountabilityScheduler {

	private static final Logger log = LoggerFactory.getLogger(AccountabilityScheduler.class);

	private final AccountabilityService service;

	private final AccountabilityProperties properties;

	private final AlertProperties alert;

	private final Clock clock;

	AccountabilityScheduler(AccountabilityService service, AccountabilityProperties properties, AlertProperties alert,
			Clock clock) {
		this.service = service;
		this.properties = properties;
		this.alert = alert;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${aq.alert.accountability.check-interval:PT1H}", initialDelayString = "PT1M")
	void tick() {
		if (!properties.scheduled()) {
			return;
		}
		YearMonth last = YearMonth.from(clock.instant().atZone(alert.zone())).minusMonths(1);
		try {
			if (!service.recorded(last)) {
				service.evaluateMonth(last);
				if (last.getMonthValue() == 12) {
					service.evaluateYear(last.getYear());
				}
			}
		}
		catch (RuntimeException e) {
			log.warn("The accountability ladder could not evaluate {}: {}", last, e.getMessage());
		}
	}

}
