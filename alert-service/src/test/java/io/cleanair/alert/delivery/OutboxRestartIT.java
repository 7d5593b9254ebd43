package io.cleanair.alert.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.cleanair.alert.AlertApplication;
import io.cleanair.alert.incident.HandleSignal;
import io.cleanair.alert.support.StubSmsGateway;
import io.cleanair.core.event.AlertSignal;
import io.cleanair.core.pollutant.Pollutant;
import io.cleanair.testsupport.TestInfrastructure;
import io.cleanair.testsupport.TestKafka;
import io.cleanair.testsupport.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Notifications stored by one run of the service are sent by the next: the first run only takes the
 * signal (its dispatcher is off, as if it died before sending), the second run finds them pending.
 */
class OutboxRestartIT {

	static final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

	static final StubSmsGateway gateway = new StubSmsGateway();

	@AfterAll
	static void stop() {
		smtp.stop();
		gateway.close();
	}

	@Test
	void aRestartSendsWhatWasPending() {
		smtp.start();
		TestPostgres.Database db = TestInfrastructure.postgres().newDatabase("OutboxRestartIT");
		String suffix = TestKafka.uniqueSuffix();
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + db.jdbcUrl(),
				"--spring.datasource.username=" + db.username(), "--spring.datasource.password=" + db.password(),
				"--spring.kafka.bootstrap-servers=" + TestInfrastructure.kafka().bootstrapServers(),
				"--aq.topics.alert-signals=aq.alert-signals.v1." + suffix,
				"--spring.kafka.consumer.group-id=OutboxRestartIT-" + suffix, "--spring.mail.host=127.0.0.1",
				"--spring.mail.port=" + smtp.getSmtp().getPort(), "--aq.alert.sms.provider=webhook",
				"--aq.alert.sms.webhook.url=" + gateway.url("/sms"), "--aq.alert.officials[0].id=zhang-min",
				"--aq.alert.officials[0].name=Zhang Min", "--aq.alert.officials[0].email=zhang.min@dongcheng.example",
				"--aq.alert.officials[0].phone=+8613800000001", "--aq.alert.officials[0].districts[0]=dongcheng",
				"--aq.alert.dispatch-interval=PT0.5S", "--spring.main.banner-mode=off", "--aq.security.admin-key=unused-in-this-test"));

		List<String> first = new ArrayList<>(args);
		first.add("--aq.alert.dispatch.enabled=false");
		try (ConfigurableApplicationContext before = AlertApplication.start(first.toArray(String[]::new))) {
			before.getBean(HandleSignal.class).handle(new AlertSignal(UUID.randomUUID(), AlertSignal.SCHEMA_VERSION,
					AlertSignal.SignalType.HEAVY_POLLUTION, AlertSignal.Severity.WARNING, "dongcheng", "dongsi",
					Pollutant.PM2_5, "HEAVY_POLLUTION:dongcheng:2026-11-28", "Heavy pollution certain",
					Map.of("iaqiLowerBound", 217.0), Instant.parse("2026-11-28T02:00:00Z")));
			NotificationRepository outbox = before.getBean(NotificationRepository.class);
			assertThat(outbox.countByStatus()).containsEntry(Notification.Status.PENDING, 2);
		}
		assertThat(smtp.getReceivedMessages()).isEmpty();
		assertThat(gateway.requests()).isEmpty();

		try (ConfigurableApplicationContext after = AlertApplication.start(args.toArray(String[]::new))) {
			NotificationRepository outbox = after.getBean(NotificationRepository.class);
			await().atMost(Duration.ofSeconds(30))
				.until(() -> outbox.countByStatus().getOrDefault(Notification.Status.SENT, 0) == 2);
			assertThat(smtp.getReceivedMessages()).hasSize(1);
			assertThat(gateway.requests()).hasSize(1);
			assertThat(gateway.requests().get(0).body()).contains("+8613800000001");
		}
	}
}
