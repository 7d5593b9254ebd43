package io.cleanair.alert.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import io.cleanair.alert.delivery.Notification;
import io.cleanair.alert.delivery.NotificationDispatcher;
import io.cleanair.alert.delivery.NotificationRepository;
import io.cleanair.alert.support.AlertIntegrationTest;
import io.cleanair.alert.support.StubSmsGateway;
import io.cleanair.core.alerting.Channel;
import io.cleanair.core.alerting.IncidentLifecycle;
import io.cleanair.core.alerting.NoticeKind;
import io.cleanair.core.event.AlertSignal.Severity;
import io.cleanair.core.event.AlertSignal.SignalType;
import io.cleanair.core.event.AlertSignal;
import io.cleanair.core.pollutant.Pollutant;
import io.cleanair.testsupport.TestClock;
import jakarta.mail.Address;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Incidents end to end inside the service, against a real PostgreSQL, an in-process SMTP
 * server and a stub SMS gateway, with a clock the tests move: deduplication, escalation
 * timing, acknowledgement, quiet hours, recovery and flapping. The scheduled dispatcher
 * and escalation are slowed down so that the tests drive them.
 */
@AlertIntegrationTest
@TestPropertySource(properties = { "spring.config.import=classpath:officials/incident-flow.yml",
		"aq.alert.dispatch-interval=PT1H", "aq.alert.escalation-interval=PT1H", "aq.alert.incidents.cooldown=PT1H" })
class IncidentFlowIT {

	static final String ADMIN_KEY = AlertIntegrationTest.ADMIN_KEY;

	static final Instant T0 = Instant.parse("2026-11-28T02:00:00Z");

	@Autowired
	GreenMail smtp;

	@Autowired
	StubSmsGateway gateway;

	@Autowired
	TestClock clock;

	@Autowired
	HandleSignal incidents;

	@Autowired
	EscalateDue escalation;

	@Autowired
	NotificationDispatcher dispatcher;

	@Autowired
	NotificationRepository outbox;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WebTestClient web;

	/** The client with the admin key; {@code web} itself sends none. */
	WebTestClient admin;

	@BeforeEach
	void startOfTest() {
		clock.set(T0);
		admin = web.mutate().defaultHeader("Authorization", "Bearer " + ADMIN_KEY).build();
	}

	@Test
	void repeatedSignalsJoinOneIncidentAndTellTheDeputyOnce() throws Exception {
		String key = "HEAVY_POLLUTION:haidian:dedup";
		assertThat(incidents.handle(signal(SignalType.HEAVY_POLLUTION, Severity.WARNING, "haidian", key)))
			.isEqualTo(IncidentLifecycle.Action.OPENED);
		clock.advance(Duration.ofMinutes(5));
		assertThat(incidents.handle(signal(SignalType.HEAVY_POLLUTION, Severity.WARNING, "haidian", key)))
			.isEqualTo(IncidentLifecycle.Action.UPDATED);
		AlertSignal third = signal(SignalType.HEAVY_POLLUTION, Severity.WARNING, "haidian", key);
		incidents.handle(third);
		// a redelivered record changes nothing
		assertThat(incidents.handle(third)).isEqualTo(IncidentLifecycle.Action.IGNORED);
		dispatchAll();

		UUID id = incidentId(key);
		assertThat(jdbc.sql("SELECT count(*) FROM incident WHERE deduplication_key = ?")
			.param(key)
			.query(Integer.class)
			.single()).isEqualTo(1);
		List<Notification> sent = outbox.forIncident(id);
		assertThat(sent).extracting(n -> n.officialId() + "/" + n.channel() + "/" + n.status())
			.containsExactlyInAnyOrder("deputy-hd/SMS/SENT", "deputy-hd/EMAIL/SENT");
		assertThat(smsTo("+8613800000001", id)).hasSize(1);
		assertThat(smsTo("+8613800000001", id).get(0).body()).contains("Heavy pollution").contains("haidian");

		MimeMessage mail = mailTo("deputy@haidian.example", id).get(0);
		assertThat(mail.getSubject()).isEqualTo("[Air quality alert] haidian: Heavy pollution (HEAVY_POLLUTION)");
		Multipart parts = (Multipart) mail.getContent();
		assertThat(parts.getCount()).isEqualTo(2);
		assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
		assertThat((String) parts.getBodyPart(0).getContent()).contains("Station:   wanliu").contains("PM2_5");
		assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
		assertThat((String) parts.getBodyPart(1).getContent()).contains("<h2").contains("Heavy pollution in haidian");

		admin.get()
			.uri("/api/v1/incidents/{id}", id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("OPEN")
			.jsonPath("$.timeline[0].action")
			.isEqualTo("OPENED")
			.jsonPath("$.timeline[1].action")
			.isEqualTo("NOTIFIED")
			.jsonPath("$.timeline[2].action")
			.isEqualTo("UPDATED")
			.jsonPath("$.timeline[3].action")
			.isEqualTo("UPDATED")
			.jsonPath("$.timeline.length()")
			.isEqualTo(4)
			.jsonPath("$.notifications.length()")
			.isEqualTo(2);
	}

	@Test
	void principalIsToldWhenNobodyAcknowledgedWithinThirtyMinutes() throws Exception {
		String key = "HEAVY_POLLUTION:haidian:escalation";
		incidents.handle(signal(SignalType.HEAVY_POLLUTION, Severity.WARNING, "haidian", key));
		UUID id = incidentId(key);

		clock.set(T0.plus(Duration.ofMinutes(29)).plusSeconds(59));
		escalation.escalateDue();
		assertThat(officialsNotified(id)).containsOnly("deputy-hd");

		clock.set(T0.plus(Duration.ofMinutes(30)));
		escalation.escalateDue();
		escalation.escalateDue();
		dispatchAll();
		assertThat(outbox.forIncident(id)).filteredOn(n -> n.officialId().equals("principal-hd"))
			.extracting(n -> n.channel() + "/" + n.status())
			.containsExactlyInAnyOrder("SMS/SENT", "EMAIL/SENT");
		MimeMessage mail = mailTo("principal@haidian.example", id).get(0);
		assertThat(mail.getSubject()).isEqualTo("[空气质量升级预警] haidian 区 重污染 (HEAVY_POLLUTION)");
		assertThat((String) ((Multipart) mail.getContent()).getBodyPart(0).getContent()).contains("通知原因：30 分钟内无人确认");
		assertThat(smsTo("+8613800000002", id).get(0).body()).contains("30 分钟内无人确认");
		admin.get()
			.uri("/api/v1/incidents/{id}", id)
			.exchange()
			.expectBody()
			.jsonPath("$.timeline[?(@.note =~ /.*PRINCIPAL_RESPONSIBLE, not acknowledged within PT30M.*/)]")
			.exists();
	}

	@Test
	void acknowledgementStopsEveryLaterStepTheCityLeadersIncluded() {
		String key = "HEAVY_POLLUTION:haidian:ack";
		incidents.handle(signal(SignalType.HEAVY_POLLUTION, Severity.WARNING, "haidian", key));
		UUID id = incidentId(key);

		clock.set(T0.plus(Duration.ofMinutes(10)));
		String deputyKey = issueKey("deputy-hd");
		String otherDistrictKey = issueKey("deputy-sy");
		web.post().uri("/api/v1/incidents/{id}/ack", id).exchange().expectStatus().isUnauthorized();
		web.post()
			.uri("/api/v1/incidents/{id}/ack", id)
			.header("Authorization", "Bearer not-a-key")
			.exchange()
			.expectStatus()
			.isUnauthorized();
		web.post()
			.uri("/api/v1/incidents/{id}/ack", id)
			.header("Authorization", "Bearer " + otherDistrictKey)
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://cleanair.io/problems/forbidden");
		web.post()
			.uri("/api/v1/incidents/{id}/ack", id)
			.header("Authorization", "Bearer " + deputyKey)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("officialId", "principal-hd"))
			.exchange()
			.expectStatus()
			.isForbidden();
		admin.post()
			.uri("/api/v1/incidents/{id}/ack", id)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://cleanair.io/problems/bad-parameter")
			.jsonPath("$.parameter")
			.isEqualTo("officialId");
		admin.get()
			.uri("/api/v1/incidents?limit=0")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://cleanair.io/problems/bad-parameter")
			.jsonPath("$.parameter")
			.isEqualTo("limit");
		admin.get()
			.uri("/api/v1/notifications?channel=PIGEON")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://cleanair.io/problems/bad-parameter");
		// an official's key cannot manage the registry
		web.get()
			.uri("/api/v1/officials")
			.header("Authorization", "Bearer " + deputyKey)
			.exchange()
			.expectStatus()
			.isForbidden();

		web.post()
			.uri("/api/v1/incidents/{id}/ack", id)
			.header("Authorization", "Bearer " + deputyKey)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("note", "on my way"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.outcome")
			.isEqualTo("ACKNOWLEDGED")
			.jsonPath("$.incident.status")
			.isEqualTo("ACKNOWLEDGED")
			.jsonPath("$.incident.acknowledgedBy")
			.isEqualTo("deputy-hd");
		web.post()
			.uri("/api/v1/incidents/{id}/ack", id)
			.header("Authorization", "Bearer " + deputyKey)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.outcome")
			.isEqualTo("UNCHANGED");

		clock.set(T0.plus(Duration.ofHours(2)));
		escalation.escalateDue();
		assertThat(officialsNotified(id)).containsOnly("deputy-hd");

		clock.set(T0.plus(Duration.ofDays(3)));
		escalation.escalateDue();
		clock.set(T0.plus(Duration.ofDays(4)));
		escalation.escalateDue();
		assertThat(officialsNotified(id)).containsOnly("deputy-hd");
		admin.get()
			.uri("/api/v1/incidents/{id}", id)
			.exchange()
			.expectBody()
			.jsonPath("$.acknowledgedAt")
			.isEqualTo("2026-11-28T02:10:00Z")
			.jsonPath("$.timeline[?(@.action == 'ACKNOWLEDGED')].actor")
			.isEqualTo("deputy-hd")
			.jsonPath("$.timeline[?(@.action == 'ACKNOWLEDGED')].note")
			.value(note -> assertThat(note.toString()).contains("key ok-").contains("on my way"));
	}

	@Test
	void cityLeaderIsToldWhenNobodyAcknowledgedWithinThreeDays() {
		String key = "HEAVY_POLLUTION:haidian:three-days";
		incidents.handle(signal(SignalType.HEAVY_POLLUTION, Severity.WARNING, "haidian", key));
		UUID id = incidentId(key);

		clock.set(T0.plus(Duration.ofDays(3)).minusSeconds(1));
		escalation.escalateDue();
		assertThat(officialsNotified(id)).containsOnly("deputy-hd", "principal-hd");

		clock.set(T0.plus(Duration.ofDays(3)));
		escalation.escalateDue();
		assertThat(officialsNotified(id)).containsOnly("deputy-hd", "principal-hd", "leader");
		assertThat(outbox.forIncident(id)).filteredOn(n -> n.officialId().equals("leader"))
			.extracting(Notification::channel)
			.containsExactly(Channel.EMAIL);
	}

	@Test
	void criticalTellsThePrincipalAtOnce() {
		String key = "HEAVY_POLLUTION:haidian:critical";
		incidents.handle(signal(SignalType.HEAVY_POLLUTION, Severity.CRITICAL, "haidian", key));
		assertThat(officialsNotified(incidentId(key))).containsOnly("deputy-hd", "principal-hd");
	}

	@Test
	void quietHoursHoldNonCriticalAlertsUntilMorning() {
		Instant night = Instant.parse("2026-11-28T15:30:00Z"); // 23:30 in Shanghai
		Instant morning = Instant.parse("2026-11-28T23:00:00Z"); // 07:00
		clock.set(night);
		String key = "SHORT_TERM_REBOUND:shunyi:night";
		incidents.handle(signal(SignalType.SHORT_TERM_REBOUND, Severity.WARNING, "shunyi", key));
		UUID id = incidentId(key);
		dispatchAll();
		assertThat(outbox.forIncident(id)).hasSize(2)
			.allMatch(n -> n.status() == Notification.Status.PENDING && n.notBefore().equals(morning));
		assertThat(smsTo("+8613800000007", id)).isEmpty();

		String criticalKey = "HEAVY_POLLUTION:shunyi:night";
		incidents.handle(signal(SignalType.HEAVY_POLLUTION, Severity.CRITICAL, "shunyi", criticalKey));
		dispatchAll();
		assertThat(outbox.forIncident(incidentId(criticalKey)))
			.allMatch(n -> n.status() == Notification.Status.SENT && n.sentAt().equals(night));

		clock.set(morning.minusSeconds(1));
		dispatchAll();
		assertThat(outbox.forIncident(id)).allMatch(n -> n.status() == Notification.Status.PENDING);
		clock.set(morning);
		dispatchAll();
		assertThat(outbox.forIncident(id)).allMatch(n -> n.status() == Notification.Status.SENT);
		assertThat(smsTo("+8613800000007", id)).hasSize(1);
		admin.get()
			.uri("/api/v1/incidents/{id}", id)
			.exchange()
			.expectBody()
			.jsonPath("$.timeline[?(@.action == 'HELD')].actor")
			.isEqualTo("deputy-sy");
	}

	@Test
	void recoveryTellsThoseAlreadyToldAndFlappingReopensTheSameIncident() throws Exception {
		String key = "SUSTAINED_EXCEEDANCE:haidian:flap";
		incidents.handle(signal(SignalType.SUSTAINED_EXCEEDANCE, Severity.WARNING, "haidian", key));
		UUID id = incidentId(key);
		dispatchAll();

		clock.advance(Duration.ofMinutes(20));
		assertThat(incidents.handle(signal(SignalType.RECOVERED, Severity.INFO, "haidian", key)))
			.isEqualTo(IncidentLifecycle.Action.RESOLVED);
		dispatchAll();
		assertThat(outbox.forIncident(id)).filteredOn(n -> n.kind() == NoticeKind.RECOVERY)
			.extracting(n -> n.officialId() + "/" + n.channel() + "/" + n.status())
			.containsExactlyInAnyOrder("deputy-hd/SMS/SENT", "deputy-hd/EMAIL/SENT");
		assertThat(smsTo("+8613800000001", id)).extracting(StubSmsGateway.Request::body)
			.anyMatch(b -> b.contains("is over"));
		assertThat(mailTo("deputy@haidian.example", id)).extracting(MimeMessage::getSubject)
			.contains("[Air quality] haidian: Sustained exceedance over (SUSTAINED_EXCEEDANCE)");
		// escalation has stopped with the resolution
		clock.advance(Duration.ofMinutes(30));
		escalation.escalateDue();
		assertThat(officialsNotified(id)).containsOnly("deputy-hd");

		// back within the cooldown: the same incident reopens, those told of the recovery
		// hear it is back
		assertThat(incidents.handle(signal(SignalType.SUSTAINED_EXCEEDANCE, Severity.WARNING, "haidian", key)))
			.isEqualTo(IncidentLifecycle.Action.REOPENED);
		dispatchAll();
		assertThat(jdbc.sql("SELECT count(*) FROM incident WHERE deduplication_key = ?")
			.param(key)
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(outbox.forIncident(id)).filteredOn(n -> n.officialId().equals("deputy-hd"))
			.extracting(n -> n.kind() + "/" + n.channel() + "/" + n.status())
			.containsExactlyInAnyOrder("ALERT/SMS/SENT", "ALERT/EMAIL/SENT", "RECOVERY/SMS/SENT", "RECOVERY/EMAIL/SENT",
					"RETURNED/SMS/SENT", "RETURNED/EMAIL/SENT");
		// still unacknowledged 50 minutes after it opened: the escalation goes on where
		// it stopped
		assertThat(officialsNotified(id)).containsOnly("deputy-hd", "principal-hd");

		// resolved again, and back only after the cooldown: a new incident
		incidents.handle(signal(SignalType.RECOVERED, Severity.INFO, "haidian", key));
		clock.advance(Duration.ofHours(1));
		assertThat(incidents.handle(signal(SignalType.SUSTAINED_EXCEEDANCE, Severity.WARNING, "haidian", key)))
			.isEqualTo(IncidentLifecycle.Action.OPENED);
		assertThat(jdbc.sql("SELECT count(*) FROM incident WHERE deduplication_key = ?")
			.param(key)
			.query(Integer.class)
			.single()).isEqualTo(2);
		admin.get()
			.uri("/api/v1/incidents?district=haidian&type=SUSTAINED_EXCEEDANCE&status=RESOLVED")
			.exchange()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(1)
			.jsonPath("$[0].id")
			.isEqualTo(id.toString())
			.jsonPath("$[0].round")
			.isEqualTo(1);
	}

	@Test
	void officialsAdminApi() {
		admin.get()
			.uri("/api/v1/officials")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[?(@.id == 'deputy-sy')].quietHours")
			.isEqualTo("22:00-07:00")
			.jsonPath("$[?(@.id == 'deputy-sy')].roles[0]")
			.isEqualTo("DEPUTY_IN_CHARGE");
		Map<String, Object> official = Map.of("name", "Chen Jing", "email", "chen@chaoyang.example", "phone",
				"+8613800000003", "language", "zh", "roles", List.of("DEPUTY_IN_CHARGE", "BUREAU_DUTY_OFFICER"),
				"districts", List.of("chaoyang"));
		admin.put()
			.uri("/api/v1/officials/chen-jing")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(official)
			.exchange()
			.expectStatus()
			.isCreated();
		admin.put()
			.uri("/api/v1/officials/chen-jing")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(official)
			.exchange()
			.expectStatus()
			.isOk();
		admin.get()
			.uri("/api/v1/officials/chen-jing")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.roles.length()")
			.isEqualTo(2)
			.jsonPath("$.districts[0]")
			.isEqualTo("chaoyang");
		admin.put()
			.uri("/api/v1/officials/bad")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", "X", "email", "not-an-email", "districts", List.of("x")))
			.exchange()
			.expectStatus()
			.isBadRequest();
		admin.put()
			.uri("/api/v1/officials/bad")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", "X", "districts", List.of("x"), "quietHours", "25:00-07:00"))
			.exchange()
			.expectStatus()
			.isBadRequest();

		// a new official is routed to at once
		String key = "HEAVY_POLLUTION:chaoyang:api";
		incidents.handle(signal(SignalType.HEAVY_POLLUTION, Severity.WARNING, "chaoyang", key));
		assertThat(officialsNotified(incidentId(key))).containsOnly("chen-jing");

		admin.delete().uri("/api/v1/officials/chen-jing").exchange().expectStatus().isNoContent();
		admin.delete().uri("/api/v1/officials/chen-jing").exchange().expectStatus().isNotFound();
		admin.get()
			.uri("/api/v1/officials/chen-jing")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://cleanair.io/problems/not-found");
		admin.get()
			.uri("/api/v1/incidents/{id}", UUID.randomUUID())
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://cleanair.io/problems/not-found");
	}

	private String issueKey(String officialId) {
		return admin.post()
			.uri("/api/v1/officials/{id}/keys", officialId)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("key")
			.toString();
	}

	/**
	 * Sends what is due, waiting for a dispatch that the service started by itself to
	 * finish.
	 */
	private void dispatchAll() {
		await().atMost(Duration.ofSeconds(20)).until(() -> {
			dispatcher.dispatchPending();
			return jdbc.sql("SELECT count(*) FROM notification WHERE status = 'PENDING' AND not_before <= ?")
				.param(java.sql.Timestamp.from(clock.instant()))
				.query(Integer.class)
				.single() == 0;
		});
	}

	private UUID incidentId(String key) {
		return jdbc.sql("SELECT id FROM incident WHERE deduplication_key = ? ORDER BY opened_at LIMIT 1")
			.param(key)
			.query(UUID.class)
			.single();
	}

	private List<String> officialsNotified(UUID incidentId) {
		return outbox.forIncident(incidentId).stream().map(Notification::officialId).distinct().toList();
	}

	private List<StubSmsGateway.Request> smsTo(String phone, UUID incidentId) {
		String shortId = incidentId.toString().substring(0, 8);
		return gateway.requests()
			.stream()
			.filter(r -> r.body().contains("\"to\":\"" + phone + "\"") && r.body().contains(shortId))
			.toList();
	}

	private List<MimeMessage> mailTo(String address, UUID incidentId) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
			try {
				Address[] to = m.getAllRecipients();
				return to[0].toString().equals(address)
						&& com.icegreen.greenmail.util.GreenMailUtil.getWholeMessage(m).contains(incidentId.toString());
			}
			catch (Exception e) {
				return false;
			}
		}).toList();
	}

	static AlertSignal signal(SignalType type, Severity severity, String district, String key) {
		return new AlertSignal(UUID.randomUUID(), AlertSignal.SCHEMA_VERSION, type, severity, district, "wanliu",
				Pollutant.PM2_5, key, type + " in " + district, Map.of("pm25", 180.0), T0);
	}

}
