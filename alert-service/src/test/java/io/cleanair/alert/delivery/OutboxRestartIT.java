package io.cleanair.alert.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cleanair.alert.AlertApplication;
import io.cleanair.alert.incident.HandleSignal;
import io.cleanair.alert.support.AlertHarness;
import io.cleanair.alert.support.StubSmsGateway;
import io.cleanair.core.event.AlertSignal;
import io.cleanair.core.pollutant.Pollutant;
import io.cleanair.testsupport.IsolatedInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Notifications stored by one run of the service are sent by the next: the first run only
 * takes the signal (its dispatcher is off, as if it died before sending), the second run
 * finds them pending.
 */
class OutboxRestartIT {

	static final AlertHarness.Sinks sinks = AlertHarness.Sinks.start();

	static final StubSmsGateway gateway = sinks.gateway();

	@AfterAll
	static void stop() {
		sinks.close();
	}

	@Test
	void aRestartSendsWhatWasPending() {
		IsolatedInfrastructure infrastructure = IsolatedInfrastructure.create("OutboxRestartIT");
		List<String> args = new ArrayList<>(List.of(infrastructure.arguments()));
		args.addAll(List.of(sinks.arguments()));
		args.addAll(List.of("--server.port=0", "--aq.alert.sms.provider=webhook",
				"--spring.config.import=classpath:officials/dongcheng.yml", "--aq.alert.dispatch-interval=PT0.5S",
				"--spring.main.banner-mode=off", "--aq.security.admin-key=unused-in-this-test"));

		List<String> first = new ArrayList<>(args);
		first.add("--aq.alert.dispatch.enabled=false");
		try (ConfigurableApplicationContext before = AlertApplication.start(first.toArray(String[]::new))) {
			before.getBean(HandleSignal.class)
				.handle(new AlertSignal(UUID.randomUUID(), AlertSignal.SCHEMA_VERSION,
						AlertSignal.SignalType.HEAVY_POLLUTION, AlertSignal.Severity.WARNING, "dongcheng", "dongsi",
						Pollutant.PM2_5, "HEAVY_POLLUTION:dongcheng:2026-11-28", "Heavy pollution certain",
						Map.of("iaqiLowerBound", 217.0), Instant.parse("2026-11-28T02:00:00Z")));
			NotificationRepository outbox = before.getBean(NotificationRepository.class);
			assertThat(outbox.countByStatus()).containsEntry(Notification.Status.PENDING, 2);
		}
		assertThat(sinks.smtp().getReceivedMessages()).isEmpty();
		assertThat(gateway.requests()).isEmpty();

		try (ConfigurableApplicationContext after = AlertApplication.start(args.toArray(String[]::new))) {
			NotificationRepository outbox = after.getBean(NotificationRepository.class);
			await().atMost(Duration.ofSeconds(30))
				.until(() -> outbox.countByStatus().getOrDefault(Notification.Status.SENT, 0) == 2);
			assertThat(sinks.smtp().getReceivedMessages()).hasSize(1);
			assertThat(gateway.requests()).hasSize(1);
			assertThat(gateway.requests().get(0).body()).contains("+8613800000001");
		}
	}

}
