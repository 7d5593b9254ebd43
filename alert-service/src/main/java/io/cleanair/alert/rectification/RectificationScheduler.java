package io.cleanair.alert.rectification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every few minutes: missing weekly reports and overdue items (each reminder and step is
 * claimed once).
 */
@Component
class RectificationScheduler {

	private static final Logger log = LoggerFactory.getLogger(RectificationScheduler.class);

	private final RectificationService service;

	private final RectificationProperties properties;

	RectificationScheduler(RectificationService service, RectificationProperties properties) {
		this.service = service;
		this.properties = properties;
	}

	@Scheduled(fixedDelayString = "${aq.alert.rectification.check-interval:PT5M}", initialDelayString = "PT30S")
	void tick() {
		if (!properties.scheduled()) {
			return;
		}
		try {
			int n = service.sweep();
			if (n > 0) {
				log.info("Rectification ledger: {} reminder or escalation notice(s) stored", n);
			}
		}
		catch (RuntimeException e) {
			log.warn("The rectification sweep failed: {}", e.getMessage());
		}
	}

}
