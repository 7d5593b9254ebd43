package io.cleanair.alert.delivery;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import io.cleanair.core.alerting.Channel;
import io.cleanair.core.alerting.NoticeKind;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * {@code aq.alert.notifications{channel, status}} (Prometheus:
 * {@code aq_alert_notifications_total}): each dispatch's outcome; and
 * {@code aq.alert.undelivered{kind}} ({@code aq_alert_undelivered_total}): notices no
 * channel could deliver (the duty officer is told). Registered up front, so that every
 * series exists at zero before the first alert.
 */
@Component
public class DeliveryMetrics {

	/** What became of one attempt. */
	public enum Outcome {

		SENT, RETRYING, FAILED, FELL_BACK, THROTTLED

	}

	private final Map<Channel, Map<Outcome, Counter>> counters = new EnumMap<>(Channel.class);

	private final Map<NoticeKind, Counter> undelivered = new EnumMap<>(NoticeKind.class);

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
		for (NoticeKind kind : NoticeKind.values()) {
			undelivered.put(kind,
					Counter.builder("aq.alert.undelivered")
						.description("Notices no channel could deliver to their recipient")
						.tag("kind", kind.name().toLowerCase(Locale.ROOT))
						.register(registry));
		}
	}

	void record(Channel channel, Outcome outcome) {
		counters.get(channel).get(outcome).increment();
	}

	void undelivered(NoticeKind kind) {
		undelivered.get(kind).increment();
	}

}
