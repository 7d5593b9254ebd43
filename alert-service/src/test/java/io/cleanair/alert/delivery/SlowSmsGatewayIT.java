package io.cleanair.alert.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cleanair.alert.delivery.channel.Attempt;
import io.cleanair.alert.delivery.channel.SmsChannel;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A gateway that takes each text at once but answers only after the SMS time limit: every
 * retry is on the record with its outcome (unknown: timed out), every request carries the
 * notification's one idempotency key, and the gateway, de-duplicating on it, sends the
 * text once. With the circuit half-open, the trial calls and the refusal after it are on
 * the record too. The district's route uses SMS only.
 */
@AlertIntegrationTest
@TestPropertySource(
		properties = { "spring.config.import=classpath:officials/xicheng-sms.yml", "aq.alert.dispatch-interval=PT1H",
				"aq.alert.escalation-interval=PT1H", "aq.alert.routing.districts.xicheng.default.channels[0]=SMS",
				"aq.alert.routing.districts.xicheng.default.steps[0].role=DEPUTY_IN_CHARGE",
				"aq.alert.resilience.sms.timeout=PT0.3S", "aq.alert.resilience.sms.retry.max-attempts=3",
				"aq.alert.resilience.sms.retry.initial-backoff=PT0.01S",
				"aq.alert.resilience.sms.circuit-breaker.sliding-window-size=10",
				"aq.alert.resilience.sms.circuit-breaker.minimum-number-of-calls=10",
				"aq.alert.resilience.sms.circuit-breaker.wait-in-open-state=PT1M" })
class SlowSmsGatewayIT {

	@Autowired
	TestClock clock;

	@Autowired
	StubSmsGateway gateway;

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

	@BeforeEach
	void slowGateway() {
		clock.set(Instant.parse("2026-11-28T02:00:00Z"));
		gateway.answerAfter(Duration.ofSeconds(1));
	}

	@AfterEach
	void healthyAgain() {
		gateway.healthy();
		jdbc.sql("UPDATE notification SET status = 'CANCELLED' WHERE status = 'PENDING'").update();
		sms.resilience().circuitBreaker().reset();
	}

	@Test
	void everyRetryIsRecordedAndCarriesOneKeySoTheRecipientGetsTheTextOnce() {
		Notification text = alert("slow");
		String key = text.id() + ":sms";

		List<StubSmsGateway.Request> seen = requestsFor(text);
		assertThat(seen).hasSize(3);
		assertThat(seen).extracting(r -> r.headers().get("idempotency-key")).containsOnly(key);
		assertThat(gateway.delivered()).filteredOn(r -> key.equals(r.headers().get("idempotency-key"))).hasSize(1);

		admin().get()
			.uri("/api/v1/notifications?incidentId={id}&channel=SMS", text.incidentId())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[0].attempts")
			.isEqualTo(3)
			.jsonPath("$[0].attemptLog.length()")
			.isEqualTo(3)
			.jsonPath("$[0].attemptLog[*].outcome")
			.isEqualTo(List.of("TIMED_OUT", "TIMED_OUT", "TIMED_OUT"))
			.jsonPath("$[0].attemptLog[*].attempt")
			.isEqualTo(List.of(1, 2, 3))
			.jsonPath("$[0].attemptLog[*].idempotencyKey")
			.isEqualTo(List.of(key, key, key))
			.jsonPath("$[0].attemptLog[0].answer")
			.value(answer -> assertThat(answer.toString()).contains("no answer within PT0.3S"));

		// sent again once the wait is over, with the same key: the gateway answers as
		// before
		gateway.healthy();
		clock.advance(Duration.ofSeconds(61));
		alert("another");
		Notification again = outbox.findByKey(text.idempotencyKey()).orElseThrow();
		assertThat(again.status()).isEqualTo(Notification.Status.SENT);
		assertThat(requestsFor(text)).hasSize(4).extracting(r -> r.headers().get("idempotency-key")).containsOnly(key);
		assertThat(gateway.delivered()).filteredOn(r -> key.equals(r.headers().get("idempotency-key"))).hasSize(1);
		assertThat(outcomes(text)).containsExactly(Attempt.Outcome.TIMED_OUT, Attempt.Outcome.TIMED_OUT,
				Attempt.Outcome.TIMED_OUT, Attempt.Outcome.SENT);
	}

	@Test
	void halfOpenTrialsAndTheRefusalAfterThemAreRecorded() {
		sms.resilience().circuitBreaker().transitionToOpenState();
		clock.advance(Duration.ofSeconds(61));

		Notification text = alert("half-open");

		assertThat(requestsFor(text)).hasSize(2);
		assertThat(sms.resilience().circuitState()).isEqualTo(CircuitBreaker.State.OPEN);
		assertThat(outcomes(text)).containsExactly(Attempt.Outcome.TIMED_OUT, Attempt.Outcome.TIMED_OUT,
				Attempt.Outcome.REJECTED_BY_CIRCUIT);
		assertThat(outbox.findByKey(text.idempotencyKey()).orElseThrow().attempts()).isEqualTo(2);
	}

	private List<Attempt.Outcome> outcomes(Notification n) {
		return jdbc.sql("SELECT outcome FROM delivery_attempt WHERE notification_id = ? ORDER BY attempt")
			.param(n.id())
			.query((rs, row) -> Attempt.Outcome.valueOf(rs.getString(1)))
			.list();
	}

	private List<StubSmsGateway.Request> requestsFor(Notification n) {
		return gateway.requests().stream().filter(r -> r.body().contains(n.id().toString())).toList();
	}

	private WebTestClient admin() {
		return web.mutate().defaultHeader("Authorization", "Bearer " + AlertIntegrationTest.ADMIN_KEY).build();
	}

	/** Opens an incident in xicheng, dispatches what is due, and returns its SMS. */
	private Notification alert(String name) {
		String key = "HEAVY_POLLUTION:xicheng:" + name;
		incidents.handle(new AlertSignal(UUID.randomUUID(), AlertSignal.SCHEMA_VERSION, SignalType.HEAVY_POLLUTION,
				Severity.WARNING, "xicheng", "guanyuan", Pollutant.PM2_5, key, "Heavy pollution certain",
				Map.of("iaqiLowerBound", 217.0), clock.instant()));
		UUID incident = jdbc.sql("SELECT id FROM incident WHERE deduplication_key = ?")
			.param(key)
			.query(UUID.class)
			.single();
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			dispatcher.dispatchPending();
			return outbox.forIncident(incident)
				.stream()
				.noneMatch(n -> n.status() == Notification.Status.PENDING && !n.notBefore().isAfter(clock.instant()));
		});
		return outbox.forIncident(incident).stream().filter(n -> n.channel() == Channel.SMS).findFirst().orElseThrow();
	}

}
