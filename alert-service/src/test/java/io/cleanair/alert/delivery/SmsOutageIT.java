package io.cleanair.alert.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import io.cleanair.alert.delivery.channel.SmsChannel;
import io.cleanair.alert.incident.AcknowledgeIncident;
import io.cleanair.alert.incident.HandleSignal;
import io.cleanair.alert.support.AlertIntegrationTest;
import io.cleanair.alert.support.StubSmsGateway;
import io.cleanair.core.alerting.Channel;
import io.cleanair.core.event.AlertSignal;
import io.cleanair.core.event.AlertSignal.Severity;
import io.cleanair.core.event.AlertSignal.SignalType;
import io.cleanair.core.pollutant.Pollutant;
import io.cleanair.testsupport.TestClock;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The SMS gateway goes down and comes back. While it is down, an email carries each alert
 * — a fallback email only where the route did not email already (Xicheng's route is SMS
 * only, Dongcheng's SMS and email) — and the SMS wait; the circuit opens and later SMS do
 * not reach the gateway. When the gateway is back and the circuit lets calls through, the
 * SMS still worth sending go out; one whose incident was acknowledged meanwhile does not.
 */
@AlertIntegrationTest
@TestPropertySource(
		properties = { "spring.config.import=classpath:officials/sms-fallback.yml", "aq.alert.dispatch-interval=PT1H",
				"aq.alert.escalation-interval=PT1H", "aq.alert.routing.districts.xicheng.default.channels[0]=SMS",
				"aq.alert.routing.districts.xicheng.default.steps[0].role=DEPUTY_IN_CHARGE",
				"aq.alert.resilience.sms.retry.max-attempts=2", "aq.alert.resilience.sms.retry.initial-backoff=PT0.01S",
				"aq.alert.resilience.sms.circuit-breaker.sliding-window-size=4",
				"aq.alert.resilience.sms.circuit-breaker.minimum-number-of-calls=4",
				"aq.alert.resilience.sms.circuit-breaker.wait-in-open-state=PT1M" })
class SmsOutageIT {

	@Autowired
	TestClock clock;

	@Autowired
	GreenMail smtp;

	@Autowired
	StubSmsGateway gateway;

	@Autowired
	HandleSignal incidents;

	@Autowired
	AcknowledgeIncident acknowledgements;

	@Autowired
	NotificationDispatcher dispatcher;

	@Autowired
	NotificationRepository outbox;

	@Autowired
	SmsChannel sms;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void twoInTheMorning() {
		clock.set(Instant.parse("2026-11-28T02:00:00Z"));
	}

	@Test
	void smsOutageFallsBackOnlyWhereNeededAndTheSmsGoOnceTheGatewayIsBack() throws Exception {
		gateway.answer(503, "{\"error\":\"maintenance\"}");

		UUID xicheng = alert("xicheng", "down");
		Notification xichengSms = smsOf(xicheng);
		assertThat(xichengSms.status()).isEqualTo(Notification.Status.PENDING);
		assertThat(xichengSms.attempts()).isEqualTo(2);
		assertThat(xichengSms.lastResult()).contains("TRANSIENT: HTTP 503")
			.contains("fell back to email")
			.contains("sent again when the SMS gateway is back");
		Notification fallback = only(xicheng, Channel.EMAIL);
		assertThat(fallback.fallbackFor()).isEqualTo(xichengSms.id());
		assertThat(fallback.status()).isEqualTo(Notification.Status.SENT);
		assertThat(mailsTo("liu.yang@xicheng.example")).hasSize(1);

		UUID dongcheng = alert("dongcheng", "down");
		Notification dongchengSms = smsOf(dongcheng);
		assertThat(dongchengSms.status()).isEqualTo(Notification.Status.PENDING);
		assertThat(outbox.forIncident(dongcheng)).filteredOn(n -> n.fallbackFor() != null).isEmpty();
		assertThat(only(dongcheng, Channel.EMAIL).status()).isEqualTo(Notification.Status.SENT);
		assertThat(mailsTo("zhao.min@dongcheng.example")).as("the route's email, no second one").hasSize(1);
		assertThat(sms.resilience().circuitState()).isEqualTo(CircuitBreaker.State.OPEN);

		// open: the gateway is not called; this one is acknowledged before the gateway is
		// back
		int before = gateway.requests().size();
		UUID acknowledged = alert("xicheng", "acknowledged");
		assertThat(gateway.requests()).hasSize(before);
		assertThat(smsOf(acknowledged).lastResult()).contains("circuit breaker sms-webhook is open");
		acknowledgements.acknowledge(acknowledged, "liu-yang", "test");

		gateway.healthy();
		clock.advance(Duration.ofSeconds(61));
		dispatchDue();

		assertThat(smsOf(xicheng).status()).isEqualTo(Notification.Status.SENT);
		assertThat(smsOf(dongcheng).status()).isEqualTo(Notification.Status.SENT);
		assertThat(smsOf(acknowledged).status()).isEqualTo(Notification.Status.CANCELLED);
		assertThat(gateway.delivered()).extracting(r -> r.body().contains("+8613800000002") ? "liu" : "zhao")
			.containsExactlyInAnyOrder("liu", "zhao");
		assertThat(sms.resilience().circuitState()).isEqualTo(CircuitBreaker.State.CLOSED);
		assertThat(mailsTo("liu.yang@xicheng.example")).hasSize(2);
		assertThat(jdbc.sql("SELECT outcome FROM delivery_attempt WHERE notification_id = ? ORDER BY attempt")
			.param(xichengSms.id())
			.query(String.class)
			.list()).containsExactly("FAILED", "FAILED", "SENT");
	}

	/** Opens an incident in the district and sends what is due; returns the incident. */
	private UUID alert(String district, String name) {
		String key = "HEAVY_POLLUTION:" + district + ":" + name;
		incidents.handle(new AlertSignal(UUID.randomUUID(), AlertSignal.SCHEMA_VERSION, SignalType.HEAVY_POLLUTION,
				Severity.WARNING, district, "station", Pollutant.PM2_5, key, "Heavy pollution certain",
				Map.of("iaqiLowerBound", 217.0), clock.instant()));
		dispatchDue();
		return jdbc.sql("SELECT id FROM incident WHERE deduplication_key = ?").param(key).query(UUID.class).single();
	}

	private void dispatchDue() {
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			dispatcher.dispatchPending();
			return jdbc.sql("SELECT count(*) FROM notification WHERE status = 'PENDING' AND not_before <= ?")
				.param(java.sql.Timestamp.from(clock.instant()))
				.query(Integer.class)
				.single() == 0;
		});
	}

	private Notification smsOf(UUID incident) {
		return only(incident, Channel.SMS);
	}

	private Notification only(UUID incident, Channel channel) {
		List<Notification> all = outbox.forIncident(incident).stream().filter(n -> n.channel() == channel).toList();
		assertThat(all).hasSize(1);
		return all.get(0);
	}

	private List<MimeMessage> mailsTo(String address) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
			try {
				return m.getAllRecipients()[0].toString().equals(address);
			}
			catch (Exception e) {
				return false;
			}
		}).toList();
	}

}
