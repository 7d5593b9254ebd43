package io.cleanair.alert.notification;

import io.cleanair.alert.incident.IncidentService;
import io.cleanair.core.event.AlertSignal;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Thin edge: each signal joins (or opens, or resolves) its incident; the notifications it calls for are
 * stored in the outbox in the same transaction, then the dispatcher is woken.
 */
@Component
class SignalsListener {

	private final IncidentService incidents;

	SignalsListener(IncidentService incidents) {
		this.incidents = incidents;
	}

	@KafkaListener(id = "alert-signals", topics = "${aq.alert.signals-topic}")
	void onSignal(AlertSignal signal) {
		incidents.handle(signal);
	}
}
