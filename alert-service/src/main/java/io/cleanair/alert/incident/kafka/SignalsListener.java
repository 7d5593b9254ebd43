package io.cleanair.alert.incident.kafka;

import io.cleanair.alert.incident.HandleSignal;
import io.cleanair.core.event.AlertSignal;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Thin edge: each signal joins (or opens, or resolves) its incident; the notifications it
 * calls for are stored in the outbox in the same transaction, then the dispatcher is
 * woken.
 */
@Component
class SignalsListener {

	private final HandleSignal incidents;

	SignalsListener(HandleSignal incidents) {
		this.incidents = incidents;
	}

	@KafkaListener(id = "alert-signals", topics = "${aq.alert.signals-topic}")
	void onSignal(AlertSignal signal) {
		incidents.handle(signal);
	}

}
