package io.cleanair.alert.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import io.cleanair.alert.delivery.channel.SmsChannel;
import io.cleanair.alert.incident.HandleSignal;
import io.cleanair.alert.support.AlertIntegrationTest;
import io.cleanair.alert.support.StubSmsGateway;
import io.cleanair.core.alerting.Channel;
import io.cleanair.core.event.AlertSignal.Severity;
import io.cleanair.core.event.AlertSignal.SignalType;
import io.cleanair.core.event.AlertSignal;
import io.cleanair.core.pollutant.Pollutant;
import io.cleanair.testsupport.TestClock;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The SMS gateway goes down and comes back: failed sends fall back to email (recorded),
 * the circuit opens and later SMS fail fast without reaching the gateway, and after the
 * open-state wait (on the test clock) SMS go through again. The district's route uses SMS
 * only, so every email seen here is a fallback.
 */
@AlertIntegrationTest
@TestPropertySource(
		properties = { "spring.config.import=classpath:officials/xicheng-sms.yml", "aq.alert.dispatch-interval=PT1H",
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

	@BeforeEach
	void twoInTheMorning() {
		clock.set(Instant.parse("2026-11-28T02:00:00Z"));
	}

	@Autowired
	HandleSignal incidents;

	@Autowired
	NotificationDispatcher dispatcher;

	@Autowired
	NotificationRepository outbox;

	@Autowired
	SmsChannel sms;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WebTestClient web;

	@Test
	void smsOutageOpensTheCircuitFallsBackToEmailAndRecovers() throws Exception {
		// healthy: SMS only, no email
		Notification first = alert("healthy");
		assertThat(first.status()).isEqualTo(Notification.Status.SENT);
		assertThat(first.provider()).isEqualTo("webhook");
		assertThat(smtp.getReceivedMessages()).isEmpty();

		// the gateway fails: retried, then an email carries the alert
		gateway.answer(503, "{\"error\":\"maintenance\"}");
		int before = gateway.requests().size();
		Notification failed = alert("down-1");
		assertThat(gateway.requests().size() - before).isEqualTo(2);
		assertThat(failed.status()).isEqualTo(Notification.Status.FELL_BACK);
		assertThat(failed.lastResult()).contains("TRANSIENT: HTTP 503").contains("fell back to email");
		Notification email = fallbackOf(failed);
		assertThat(email.status()).isEqualTo(Notification.Status.SENT);
		assertThat(email.recipient()).isEqualTo("liu.yang@xicheng.example");
		assertThat(failed.lastResult()).contains(email.id().toString());
		assertThat(GreenMailUtil.getWholeMessage(lastMail()))
			.contains("This email stands in for an SMS that could not be delivered");

		alert("down-2");
		assertThat(sms.resilience().circuitState()).isEqualTo(CircuitBreaker.State.OPEN);

		// open: no request reaches the gateway, the email still goes
		before = gateway.requests().size();
		Notification fastFail = alert("open");
		assertThat(gateway.requests().size()).isEqualTo(before);
		assertThat(fastFail.status()).isEqualTo(Notification.Status.FELL_BACK);
		assertThat(fastFail.lastResult()).contains("UNAVAILABLE: circuit breaker sms-webhook is open");
		assertThat(fastFail.attempts()).isZero();
		assertThat(fallbackOf(fastFail).status()).isEqualTo(Notification.Status.SENT);

		// the gateway is back, but the circuit stays open until its wait is over
		gateway.healthy();
		assertThat(alert("back-but-open").status()).isEqualTo(Notification.Status.FELL_BACK);
		clock.advance(Duration.ofSeconds(61));
		Notification recovered = alert("recovered");
		assertThat(recovered.status()).isEqualTo(Notification.Status.SENT);
		assertThat(sms.resilience().circuitState()).isEqualTo(CircuitBreaker.State.HALF_OPEN);
		alert("closed-again");
		assertThat(sms.resilience().circuitState()).isEqualTo(CircuitBreaker.State.CLOSED);
		assertThat(smtp.getReceivedMessages()).hasSize(4);

		web.get()
			.uri("/api/v1/notifications?channel=SMS&status=FELL_BACK")
			.header("Authorization", "Bearer " + AlertIntegrationTest.ADMIN_KEY)
			.exchange()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(4);
		web.get()
			.uri("/api/v1/notifications?channel=EMAIL")
			.header("Authorization", "Bearer " + AlertIntegrationTest.ADMIN_KEY)
			.exchange()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(4)
			.jsonPath("$[0].fallbackFor")
			.isNotEmpty();
	}

	/**
	 * Opens an incident in xicheng, dispatches, and returns its SMS as the outbox has it
	 * now.
	 */
	private Notification alert(String name) {
		String key = "HEAVY_POLLUTION:xicheng:" + name;
		incidents.handle(new AlertSignal(UUID.randomUUID(), AlertSignal.SCHEMA_VERSION, SignalType.HEAVY_POLLUTION,
				Severity.WARNING, "xicheng", "guanyuan", Pollutant.PM2_5, key, "Heavy pollution certain",
				Map.of("iaqiLowerBound", 217.0), clock.instant()));
		UUID incident = jdbc.sql("SELECT id FROM incident WHERE deduplication_key = ?")
			.param(key)
			.query(UUID.class)
			.single();
		await().atMost(Duration.ofSeconds(20)).until(() -> {
			dispatcher.dispatchPending();
			return outbox.forIncident(incident).stream().noneMatch(n -> n.status() == Notification.Status.PENDING);
		});
		List<Notification> all = outbox.forIncident(incident);
		return all.stream().filter(n -> n.channel() == Channel.SMS).findFirst().orElseThrow();
	}

	private Notification fallbackOf(Notification sms) {
		return outbox.forIncident(sms.incidentId())
			.stream()
			.filter(n -> sms.id().equals(n.fallbackFor()))
			.findFirst()
			.orElseThrow();
	}

	private jakarta.mail.internet.MimeMessage lastMail() {
		jakarta.mail.internet.MimeMessage[] all = smtp.getReceivedMessages();
		return Arrays.asList(all).get(all.length - 1);
	}

}
