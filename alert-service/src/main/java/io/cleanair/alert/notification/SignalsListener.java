package io.cleanair.alert.notification;

import java.time.Clock;

import io.cleanair.alert.official.OfficialDirectory;
import io.cleanair.core.event.AlertSignal;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Thin edge: for each signal, stores one notification per official of its district in the outbox
 * (once per condition), then lets the dispatcher send them.
 */
@Component
class SignalsListener {

	private final OfficialDirectory officials;

	private final NotificationRepository outbox;

	private final NotificationDispatcher dispatcher;

	private final Clock clock;

	private final NotificationComposer composer = new NotificationComposer();

	SignalsListener(OfficialDirectory officials, NotificationRepository outbox, NotificationDispatcher dispatcher,
			Clock clock) {
		this.officials = officials;
		this.outbox = outbox;
		this.dispatcher = dispatcher;
		this.clock = clock;
	}

	@KafkaListener(id = "alert-signals", topics = "${aq.alert.signals-topic}")
	void onSignal(AlertSignal signal) {
		store(signal);
		dispatcher.dispatchPending();
	}

	private void store(AlertSignal signal) {
		officials.forDistrict(signal.districtId())
			.stream()
			.filter(o -> o.email() != null)
			.forEach(o -> outbox.insertIfNew(composer.email(signal, o, clock.instant())));
	}
}
