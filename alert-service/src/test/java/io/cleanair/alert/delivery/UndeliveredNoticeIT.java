package io.cleanair.alert.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import io.cleanair.alert.incident.HandleSignal;
import io.cleanair.alert.support.AlertIntegrationTest;
import io.cleanair.alert.support.StubSmsGateway;
import io.cleanair.core.alerting.Channel;
import io.cleanair.core.alerting.NoticeKind;
import io.cleanair.core.event.AlertSignal;
import io.cleanair.core.event.AlertSignal.Severity;
import io.cleanair.core.event.AlertSignal.SignalType;
import io.cleanair.core.pollutant.Pollutant;
import io.cleanair.testsupport.TestClock;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * SMS gateway and SMTP server both down: the alert reaches nobody, so it is
 * {@code FAILED}, counted in {@code aq.alert.undelivered}, and the duty officer is told
 * on every channel — by SMS once the gateway is back; the duty officer's email fails too
 * and is on the record. Xicheng's route is SMS only.
 */
@AlertIntegrationTest
@TestPropertySource(properties = { "spring.config.import=classpath:officials/sms-fallback.yml",
		"aq.alert.dispatch-interval=PT1H", "aq.alert.escalation-interval=PT1H",
		"aq.alert.routing.districts.xicheng.default.channels[0]=SMS",
		"aq.alert.routing.districts.xicheng.default.steps[0].role=DEPUTY_IN_CHARGE", "aq.alert.dispatch.max-attempts=2",
		"aq.alert.resilience.sms.retry.max-attempts=2", "aq.alert.resilience.sms.retry.initial-backoff=PT0.01S",
		"aq.alert.resilience.sms.circuit-breaker.wait-in-open-state=PT1M",
		"aq.alert.resilience.email.retry.max-attempts=2", "aq.alert.resilience.email.retry.initial-backoff=PT0.01S",
		"aq.alert.resilience.email.timeout=PT5S", "spring.mail.properties.mail.smtp.connectiontimeout=2000" })
class UndeliveredNoticeIT {

	@Autowired
	TestClock clock;

	@Autowired
	GreenMail smtp;

	@Autowired
	StubSmsGateway gateway;

	@Autowired
	HandleSignal incidents;

	@Autowired
	NotificationDispatcher dispatcher;

	@Autowired
	NotificationRepository outbox;

	@Autowired
	MeterRegistry meters;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aNoticeNoChannelCouldDeliverFailsAndTheDutyOfficerIsTold() {
		clock.set(Instant.parse("2026-11-28T02:00:00Z"));
		double undeliveredBefore = undelivered("alert");
		smtp.stop();
		gateway.answer(503, "{\"error\":\"maintenance\"}");

		UUID incident = alert("both-down");
		Notification sms = only(incident, "liu-yang", Channel.SMS, NoticeKind.ALERT);
		Notification email = only(incident, "liu-yang", Channel.EMAIL, NoticeKind.ALERT);
		assertThat(email.fallbackFor()).isEqualTo(sms.id());
		assertThat(email.status()).isEqualTo(Notification.Status.FAILED);
		assertThat(email.attempts()).isEqualTo(2);
		assertThat(email.lastResult()).contains("undelivered: no channel left; duty officer duty-officer told");
		assertThat(undelivered("alert")).isEqualTo(undeliveredBefore + 1);
		List<Notification> toDuty = outbox.forIncident(incident)
			.stream()
			.filter(n -> n.officialId().equals("duty-officer"))
			.toList();
		assertThat(toDuty).extracting(Notification::kind).containsOnly(NoticeKind.UNDELIVERED);
		assertThat(toDuty).extracting(Notification::channel).containsExactlyInAnyOrder(Channel.SMS, Channel.EMAIL);
		assertThat(toDuty).extracting(Notification::body).allMatch(body -> body.contains("liu-yang"));

		// the gateway is back: the duty officer hears by SMS, the alert's SMS goes too;
		// SMTP stays down
		gateway.healthy();
		clock.advance(Duration.ofSeconds(61));
		dispatchDue();
		clock.advance(Duration.ofMinutes(10));
		dispatchDue();

		assertThat(only(incident, "duty-officer", Channel.SMS, NoticeKind.UNDELIVERED).status())
			.isEqualTo(Notification.Status.SENT);
		Notification dutyEmail = only(incident, "duty-officer", Channel.EMAIL, NoticeKind.UNDELIVERED);
		assertThat(dutyEmail.status()).isIn(Notification.Status.FELL_BACK, Notification.Status.FAILED);
		assertThat(dutyEmail.attempts()).isPositive();
		assertThat(only(incident, "liu-yang", Channel.SMS, NoticeKind.ALERT).status())
			.isEqualTo(Notification.Status.SENT);
		assertThat(gateway.delivered()).extracting(r -> r.body().contains("+8613800000099") ? "duty" : "liu")
			.containsExactlyInAnyOrder("duty", "liu");
		assertThat(undelivered("alert")).isEqualTo(undeliveredBefore + 1);
	}

	private double undelivered(String kind) {
		return meters.get("aq.alert.undelivered").tag("kind", kind).counter().count();
	}

	private UUID alert(String name) {
		String key = "HEAVY_POLLUTION:xicheng:" + name;
		incidents.handle(new AlertSignal(UUID.randomUUID(), AlertSignal.SCHEMA_VERSION, SignalType.HEAVY_POLLUTION,
				Severity.WARNING, "xicheng", "guanyuan", Pollutant.PM2_5, key, "Heavy pollution certain",
				Map.of("iaqiLowerBound", 217.0), clock.instant()));
		dispatchDue();
		return jdbc.sql("SELECT id FROM incident WHERE deduplication_key = ?").param(key).query(UUID.class).single();
	}

	private void dispatchDue() {
		await().atMost(Duration.ofSeconds(60)).until(() -> {
			dispatcher.dispatchPending();
			return jdbc.sql("SELECT count(*) FROM notification WHERE status = 'PENDING' AND not_before <= ?")
				.param(java.sql.Timestamp.from(clock.instant()))
				.query(Integer.class)
				.single() == 0;
		});
	}

	private Notification only(UUID incident, String official, Channel channel, NoticeKind kind) {
		List<Notification> all = outbox.forIncident(incident)
			.stream()
			.filter(n -> n.officialId().equals(official) && n.channel() == channel && n.kind() == kind)
			.toList();
		assertThat(all).hasSize(1);
		return all.get(0);
	}

}
