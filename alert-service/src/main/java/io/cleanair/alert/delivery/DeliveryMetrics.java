package io.cleanair.alert.delivery;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import io.cleanair.core.alerting.Channel;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * {@code aq.alert.notifications{channel, status}} (Prometheus:
 * {@code aq_alert_notifications_total}): each delivery attempt's outcome. Registered up
 * front, so that every series exists at zero before the first alert.
 */
@Component
public class DeliveryMetrics {

	/** What became of one attempt. */
	public enum Outcome {

		SENT, RETRYING, FAILED, FELL_BACK, THROTTLED

	}

	private final Map<Channel, Map<Outcome, Counter>> counters = new EnumMap<>(Channel.class);

	public DeliveryMetrics(MeterRegistry registry) {
		for (Channel channel : Channel.values()) {
			Map<Outcome, Counter> byOutcome = new EnumMap<>(Outcome.class);
			for (Outcome outcome : Outcome.values()) {
				byOutcome.put(outcome,
						Counter.builder("aq.alert.notifications")
							.description("Notification delivery attempts by channel and outcome")
							.tag("channel", channel.name().toLowerCase(Locale.ROOT))
							.tag("status", outcome.name().toLowerCase(Locale.ROOT))
							.register(registry));
			}
			counters.put(channel, byOutcome);
		}
	}

	void record(Channel channel, Outcome outcome) {
		counters.get(channel).get(outcome).increment();
	}

}
