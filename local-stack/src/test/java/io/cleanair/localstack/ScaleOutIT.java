package io.cleanair.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import io.cleanair.localstack.ScaleOutLoad.Batch;
import io.cleanair.testsupport.TestInfrastructure;
import io.cleanair.testsupport.TestKafka;
import io.cleanair.testsupport.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of ingest, analytics and alert against one Kafka and one PostgreSQL,
 * readings posted through both ingest instances at once, and one instance of each service
 * killed (SIGKILL) half-way through: the survivors take over the partitions, and every
 * acknowledged reading is stored once, every station-day is what the domain computes from
 * the readings, every notification reaches its recipient once, and the morning work
 * (briefing, escalations, the period rules run on both instances) is done once.
 */
class ScaleOutIT {

	private static final Logger log = LoggerFactory.getLogger(ScaleOutIT.class);

	static final String ADMIN_KEY = "scale-out-admin-key";

	static final Duration START = Duration.ofMinutes(4);

	static final JsonMapper json = JsonMapper.builder().build();

	static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	static final List<ServiceProcess> processes = new ArrayList<>();

	static SmtpSink smtp;

	static SmsCounter sms;

	static ScaleOutTopology platform;

	@BeforeAll
	static void startTwoOfEach() throws Exception {
		smtp = SmtpSink.start(0);
		sms = SmsCounter.start();
		TestPostgres.Database database = TestInfrastructure.postgres().newDatabase("ScaleOutIT");
		platform = new ScaleOutTopology(database, TestInfrastructure.kafka().bootstrapServers(),
				TestKafka.uniqueSuffix(), ADMIN_KEY, smtp.port(), sms.url());
		platform.start(processes, START);
	}

	@AfterAll
	static void stopEverything() throws Exception {
		for (ServiceProcess p : processes) {
			p.close();
		}
		if (sms != null) {
			sms.close();
		}
		if (smtp != null) {
			smtp.close();
		}
	}

	@Test
	void killingOneInstanceOfEachServiceMidLoadLosesNothingAndRepeatsNothing() throws Exception {
		platform.assertPartitionsAtLeast(3);
		String key = platform.registerStationsAndDistricts(ScaleOutLoad.stations());
		ScaleOutLoad load = new ScaleOutLoad(Instant.now());
		List<Batch> batches = load.batches();

		Map<String, String> acknowledged = new ConcurrentHashMap<>();
		AtomicInteger done = new AtomicInteger();
		AtomicInteger failedOver = new AtomicInteger();
		ExecutorService clients = Executors.newFixedThreadPool(4);
		List<Future<?>> posts = new ArrayList<>();
		for (int i = 0; i < batches.size(); i++) {
			Batch batch = batches.get(i);
			ServiceProcess first = i % 2 == 0 ? platform.ingestA() : platform.ingestB();
			posts.add(clients.submit(() -> {
				if (!post(first, key, batch)) {
					// what a client does when its instance is gone: the same batch to
					// another
					failedOver.incrementAndGet();
					await("batch of " + batch.station() + " at " + batch.hour() + " accepted by the survivor")
						.atMost(Duration.ofMinutes(2))
						.pollInterval(Duration.ofSeconds(1))
						.until(() -> post(platform.ingestB(), key, batch));
				}
				batch.keys().forEach(k -> acknowledged.put(k, batch.values().get(pollutantOf(k))));
				done.incrementAndGet();
			}));
		}
		await("half the load posted").atMost(Duration.ofMinutes(5)).until(() -> done.get() >= batches.size() / 2);
		Instant killedAt = Instant.now();
		platform.killOneOfEach();
		log.info("Killed one instance of each service after {} of {} batches", done.get(), batches.size());
		for (Future<?> post : posts) {
			post.get(5, TimeUnit.MINUTES);
		}
		clients.shutdown();
		log.info("{} batches posted, {} of them again to the surviving ingest instance", batches.size(),
				failedOver.get());
		assertThat(acknowledged).hasSize(batches.size() * 6);

		platform.awaitPartitionsOnlyAt(Duration.ofMinutes(3));
		JdbcClient db = jdbc();
		await("every acknowledged reading stored").atMost(Duration.ofMinutes(5))
			.pollInterval(Duration.ofSeconds(2))
			.until(() -> db.sql("SELECT count(*) FROM analytics.reading").query(Integer.class).single() >= acknowledged
				.size());

		assertEveryAcknowledgedReadingStoredOnce(db, acknowledged);
		assertEveryStationDayAsTheDomainComputesIt(db, batches);
		assertDailyResultEventsOnePerChange(db);
		awaitAlertingSettled(db);
		assertEveryNotificationSentOnce(db, killedAt);
		assertTheMorningWorkDoneOnce(db);
		assertSignalsSaidOncePerCondition();
	}

	private static void assertEveryAcknowledgedReadingStoredOnce(JdbcClient db, Map<String, String> acknowledged) {
		Map<String, Double> stored = new HashMap<>();
		List<Integer> revisions = new ArrayList<>();
		db.sql("SELECT station_id, pollutant, time, value, revision FROM analytics.reading").query(rs -> {
			stored.put(Batch.key(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()), rs.getDouble(4));
			revisions.add(rs.getInt(5));
		});
		assertThat(stored.keySet()).as("stored readings").isEqualTo(acknowledged.keySet());
		acknowledged.forEach((k, v) -> assertThat(stored.get(k)).as(k).isEqualTo(Double.parseDouble(v)));
		assertThat(revisions).as("a resent reading is no correction").containsOnly(0);
		assertThat(db.sql("SELECT count(*) FROM analytics.reading_revision").query(Integer.class).single()).isZero();
	}

	private static void assertEveryStationDayAsTheDomainComputesIt(JdbcClient db, List<Batch> batches) {
		Map<String, String> reference = new HashMap<>();
		ScaleOutLoad.referenceDailyAqi(batches)
			.forEach((day, aqi) -> reference.put(day, aqi.isPresent() ? Integer.toString(aqi.getAsInt()) : "none"));
		Map<String, String> stored = new HashMap<>();
		db.sql("SELECT scope_id, day, aqi, valid FROM analytics.daily_result WHERE scope = 'STATION'").query(rs -> {
			String day = ScaleOutLoad.dayKey(rs.getString(1), rs.getDate(2).toLocalDate());
			assertThat(stored.put(day, rs.getBoolean(4) ? Integer.toString(rs.getInt(3)) : "none")).as(day).isNull();
		});
		assertThat(stored).isEqualTo(reference);
		assertThat(reference.values()).as("days with a valid AQI").anyMatch(aqi -> !aqi.equals("none"));
	}

	/**
	 * The last event of each day is what is stored. A repeat of the very same event (same
	 * computation time) is the outbox relaying a row that the killed instance had sent
	 * but not yet deleted: at least once, by design, harmless to consumers, which upsert;
	 * it is counted, not refused.
	 */
	private static void assertDailyResultEventsOnePerChange(JdbcClient db) {
		List<JsonNode> events = platform.readAll(platform.topic("daily-results"));
		Map<String, List<JsonNode>> byDay = events.stream()
			.collect(Collectors.groupingBy(
					e -> e.get("scope").asString() + ":" + e.get("scopeId").asString() + "/" + e.get("day").asString(),
					java.util.LinkedHashMap::new, Collectors.toList()));
		List<String> relayedAgain = new ArrayList<>();
		byDay.forEach((day, changes) -> {
			for (int i = 1; i < changes.size(); i++) {
				if (content(changes.get(i)).equals(content(changes.get(i - 1)))) {
					relayedAgain.add(day + " " + content(changes.get(i)));
				}
			}
		});
		log.info("{} daily-result events for {} days, {} relayed again after the kill", events.size(), byDay.size(),
				relayedAgain.size());
		Map<String, Integer> stored = new HashMap<>();
		db.sql("SELECT scope, scope_id, day, aqi FROM analytics.daily_result WHERE valid").query(rs -> {
			stored.put(rs.getString(1).toUpperCase() + ":" + rs.getString(2) + "/" + rs.getDate(3).toLocalDate(),
					rs.getInt(4));
		});
		stored.forEach((day, aqi) -> assertThat(byDay.get(day)).as(day)
			.isNotEmpty()
			.last()
			.satisfies(last -> assertThat(last.get("aqi").asInt()).isEqualTo(aqi)));
	}

	private static String content(JsonNode event) {
		Map<String, Object> fields = new java.util.TreeMap<>(json.convertValue(event, Map.class));
		fields.remove("eventId");
		fields.remove("occurredAt");
		return fields.toString();
	}

	/**
	 * Until nothing is left to send and every open incident of the standard route reached
	 * its last step (the city leader, after the condition persisted), and the day's
	 * briefing went out.
	 */
	private static void awaitAlertingSettled(JdbcClient db) {
		await("alerting settled").atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(2)).until(() -> {
			int incidents = db.sql("SELECT count(*) FROM alert.incident").query(Integer.class).single();
			int pending = db.sql("SELECT count(*) FROM alert.notification WHERE status = 'PENDING'")
				.query(Integer.class)
				.single();
			int notEscalated = db.sql("""
					SELECT count(*) FROM alert.incident i WHERE i.status <> 'RESOLVED'
					  AND i.type NOT IN ('YOY_REBOUND', 'TARGET_AT_RISK', 'RANKING_BOTTOM')
					  AND NOT EXISTS (SELECT 1 FROM alert.notification n WHERE n.incident_id = i.id
					    AND n.official_id = 'leader')
					""").query(Integer.class).single();
			int briefed = db.sql("SELECT count(*) FROM alert.notification WHERE kind = 'BRIEFING'")
				.query(Integer.class)
				.single();
			return incidents > 0 && pending == 0 && notEscalated == 0 && briefed > 0;
		});
	}

	/**
	 * Every notification reached its recipient once, with one exception the dispatcher
	 * documents: a message the killed instance handed to its provider just before the
	 * kill, whose outcome it never committed, is sent again by the survivor (at least
	 * once, never lost). Such a repeat is an e-mail (the SMS gateway de-duplicates on the
	 * idempotency key as providers do), received twice, whose only recorded attempt — the
	 * survivor's — started after the kill; it is counted, not refused.
	 */
	private static void assertEveryNotificationSentOnce(JdbcClient db, Instant killedAt) throws Exception {
		Map<String, Long> received = new HashMap<>();
		for (String body : sms.received()) {
			received.merge("SMS:" + json.readTree(body).get("id").asString(), 1L, Long::sum);
		}
		for (jakarta.mail.internet.MimeMessage m : smtp.received()) {
			received.merge("EMAIL:" + m.getHeader("X-AQ-Notification")[0], 1L, Long::sum);
		}
		Map<String, String> sent = new HashMap<>();
		db.sql("SELECT channel, id, official_id, kind FROM alert.notification WHERE status = 'SENT'").query(rs -> {
			sent.put(rs.getString(1) + ":" + rs.getString(2), rs.getString(3) + " " + rs.getString(4));
		});
		log.info("{} notifications sent ({} SMS, {} e-mails received); by kind: {}", sent.size(), sms.received().size(),
				smtp.received().length,
				sent.values().stream().collect(Collectors.groupingBy(v -> v.split(" ")[1], Collectors.counting())));
		Map<String, Instant> firstAttempt = new HashMap<>();
		db.sql("SELECT channel, notification_id, min(started_at) FROM alert.delivery_attempt GROUP BY 1, 2")
			.query(rs -> {
				firstAttempt.put(rs.getString(1) + ":" + rs.getString(2), rs.getTimestamp(3).toInstant());
			});
		List<String> sentAgain = received.entrySet()
			.stream()
			.filter(e -> e.getValue() > 1)
			.map(Map.Entry::getKey)
			.toList();
		log.info("{} e-mails sent again by the survivor after the kill: {}", sentAgain.size(), sentAgain);
		assertThat(sentAgain).as("messages received more than once, other than a send the kill cut short")
			.allSatisfy(k -> {
				assertThat(k).startsWith("EMAIL:");
				assertThat(received.get(k)).isEqualTo(2L);
				assertThat(firstAttempt.get(k)).as("the first recorded attempt of " + k).isAfter(killedAt);
			});
		assertThat(sentAgain).as("repeats are the kill's, not the rule").hasSizeLessThanOrEqualTo(2);
		assertThat(received.keySet()).as("what the sinks received is what the outbox sent").isEqualTo(sent.keySet());
		assertThat(db.sql("SELECT count(*) FROM alert.notification WHERE status NOT IN ('SENT', 'CANCELLED')")
			.query(Integer.class)
			.single()).as("notifications failed or fallen back").isZero();
		assertThat(sent.values()).as("a city leader told by escalation").anyMatch(v -> v.startsWith("leader "));
		assertThat(sent.values()).as("a district's principal told").anyMatch(v -> v.startsWith("principal-dongcheng"));
	}

	/**
	 * The morning briefing once per period for each member of the leading group, although
	 * both instances look every few seconds.
	 */
	private static void assertTheMorningWorkDoneOnce(JdbcClient db) {
		LocalDate today = LocalDate.now(ScaleOutLoad.ZONE);
		int periods = 1 + (today.getDayOfWeek() == java.time.DayOfWeek.MONDAY ? 1 : 0)
				+ (today.getDayOfMonth() == 1 ? 1 : 0);
		assertThat(db.sql("SELECT count(*) FROM alert.briefing_run").query(Integer.class).single()).isEqualTo(periods);
		Map<String, Integer> briefings = new HashMap<>();
		db.sql("SELECT official_id, count(*) FROM alert.notification WHERE kind = 'BRIEFING' GROUP BY official_id")
			.query(rs -> {
				briefings.put(rs.getString(1), rs.getInt(2));
			});
		assertThat(briefings).isEqualTo(Map.of("group-1", periods, "group-2", periods));
	}

	/**
	 * Each condition said once until it recovers: both analytics instances judge the same
	 * districts (the day-close run, the ranking), and a condition opened twice in a row
	 * would be one said twice.
	 */
	private static void assertSignalsSaidOncePerCondition() {
		List<JsonNode> signals = platform.readAll(platform.topic("alert-signals"));
		Map<String, List<String>> byKey = signals.stream()
			.collect(Collectors.groupingBy(s -> s.get("deduplicationKey").asString(), java.util.LinkedHashMap::new,
					Collectors.mapping(s -> s.get("type").asString(), Collectors.toList())));
		log.info("{} signals over {} conditions: {}", signals.size(), byKey.size(), byKey);
		assertThat(byKey).as("conditions").isNotEmpty();
		byKey.forEach((key, types) -> {
			for (int i = 1; i < types.size(); i++) {
				assertThat(types.get(i).equals("RECOVERED") || types.get(i - 1).equals("RECOVERED"))
					.as("%s said again before it recovered: %s", key, types)
					.isTrue();
			}
		});
		assertThat(byKey.keySet()).anyMatch(k -> k.startsWith("HEAVY_POLLUTION") && k.contains("dongcheng"));
	}

	/**
	 * Posts one batch; true when the instance acknowledged all of it, false when it could
	 * not be reached or did not answer 202.
	 */
	private static boolean post(ServiceProcess ingest, String key, Batch batch) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(ingest.url() + "/api/v1/readings"))
			.timeout(Duration.ofSeconds(60))
			.header("Authorization", "Bearer " + key)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(batch.json()))
			.build();
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 202) {
				log.info("{} answered {} for {} at {}", ingest.name(), response.statusCode(), batch.station(),
						batch.hour());
				return false;
			}
			assertThat(json.readTree(response.body()).get("accepted").asInt()).as(response.body()).isEqualTo(6);
			return true;
		}
		catch (IOException e) {
			return false;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static io.cleanair.core.pollutant.Pollutant pollutantOf(String readingKey) {
		return io.cleanair.core.pollutant.Pollutant.valueOf(readingKey.split("\\|")[1]);
	}

	private static JdbcClient jdbc() {
		TestPostgres.Database d = platform.database();
		return JdbcClient.create(new DriverManagerDataSource(d.jdbcUrl(), d.username(), d.password()));
	}

}
