package io.cleanair.alert.incident;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks at the open incidents now and then and carries out the escalation steps that came
 * due; time comes from the injected {@link java.time.Clock}, so tests move it instead of
 * sleeping.
 */
@Component
class EscalationScheduler {

	private final EscalateDue incidents;

	EscalationScheduler(EscalateDue incidents) {
		this.incidents = incidents;
	}

	@Scheduled(fixedDelayString = "${aq.alert.escalation-interval:PT30S}",
			initialDelayString = "${aq.alert.escalation-interval:PT30S}")
	void tick() {
		incidents.escalateDue();
	}

}
