package io.cleanair.alert.delivery;

import io.cleanair.core.alerting.Channel;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryMetricsTests {

	@Test
	void everyChannelAndOutcomeIsCountedFromZeroAndOutcomesCountSeparately() {
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		DeliveryMetrics metrics = new DeliveryMetrics(registry);

		metrics.record(Channel.SMS, DeliveryMetrics.Outcome.FELL_BACK);
		metrics.record(Channel.SMS, DeliveryMetrics.Outcome.FELL_BACK);
		metrics.record(Channel.EMAIL, DeliveryMetrics.Outcome.SENT);

		assertThat(registry.get("aq.alert.notifications").counters()).hasSize(10);
		assertThat(
				registry.get("aq.alert.notifications").tags("channel", "sms", "status", "fell_back").counter().count())
			.isEqualTo(2);
		assertThat(registry.get("aq.alert.notifications").tags("channel", "email", "status", "sent").counter().count())
			.isEqualTo(1);
		assertThat(
				registry.get("aq.alert.notifications").tags("channel", "email", "status", "failed").counter().count())
			.isZero();
	}

}
