package io.cleanair.opschecks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.cleanair.alert.AlertApplication;
import io.cleanair.analytics.AnalyticsApplication;
import io.cleanair.core.event.CompactReadingCodec;
import io.cleanair.core.event.ReadingReceived;
import io.cleanair.core.event.StationChanged;
import io.cleanair.core.pollutant.Pollutant;
import io.cleanair.testsupport.TestInfrastructure;
import io.cleanair.testsupport.TestKafka;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;

import static org.awaitility.Awaitility.await;

/**
 * analytics-service and alert-service running on a {@link MigratedDatabase}, having
 * computed what the dashboards show from readings sent through Kafka as ingest sends
 * them: four stations in four districts, whole days in January–April of 2025 and 2026 (so
 * the year's ranking straddles the change of composite-index limits on 2026-03-01),
 * districts and targets set through analytics' API, and the last hours of today with a
 * sustained PM2.5 exceedance in dongcheng, which alert-service turns into an incident,
 * e-mails (to an SMTP server of the test's own) and is acknowledged through its API.
 */
final class ServicesFromReadings implements AutoCloseable {

	static final String ADMIN_KEY = "dashboard-sql-admin-key";

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	/** station, district, latitude; dongsi and tiantan are the dashboards' samples. */
	static final String[][] STATIONS = { { "dongsi", "dongcheng" }, { "tiantan", "xicheng" },
			{ "guanyuan", "chaoyang" }, { "wanliu", "haidian" } };

	static final int[] MONTHS = { 1, 2, 3, 4 };

	private final List<ConfigurableApplicationContext> services = new ArrayList<>();

	private final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

	private final HttpClient http = HttpClient.newHttpClient();

	private final MigratedDatabase database;

	private final String suffix = TestKafka.uniqueSuffix();

	private ServicesFromReadings(MigratedDatabase database) {
		this.database = database;
	}

	static ServicesFromReadings start(MigratedDatabase database) throws Exception {
		ServicesFromReadings s = new ServicesFromReadings(database);
		try {
			s.startServices();
			s.feed();
		}
		catch (Exception | Error e) {
			s.close();
			throw e;
		}
		return s;
	}

	private void startServices() {
		smtp.start();
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + database.jdbcUrl(),
				"--spring.datasource.username=" + MigratedDatabase.OWNER, "--spring.datasource.password=aq",
				"--spring.kafka.bootstrap-servers=" + TestInfrastructure.kafka().bootstrapServers(),
				"--aq.security.admin-key=" + ADMIN_KEY, "--spring.mail.host=127.0.0.1",
				"--spring.mail.port=" + smtp.getSmtp().getPort(), "--spring.main.register-shutdown-hook=false",
				"--spring.main.banner-mode=off", "--aq.reporting.refresh=PT1S"));
		for (String topic : List.of("readings", "readings-backfill", "readings-v1", "readings-backfill-v1", "stations",
				"alert-signals", "daily-results", "station-hours", "district-targets")) {
			args.add("--aq.topics." + topic + "=" + topic(topic));
		}
		for (int i = 0; i < STATIONS.length; i++) {
			String prefix = "--aq.alert.officials[" + i + "].";
			args.add(prefix + "id=official-" + STATIONS[i][1]);
			args.add(prefix + "name=Official of " + STATIONS[i][1]);
			args.add(prefix + "email=" + STATIONS[i][1] + "@officials.test");
			args.add(prefix + "phone=+861380000000" + i);
			args.add(prefix + "districts[0]=" + STATIONS[i][1]);
		}
		services.add(AnalyticsApplication.start(args.toArray(String[]::new)));
		args.add("--aq.alert.analytics.url=http://localhost:" + port(0));
		services.add(AlertApplication.start(args.toArray(String[]::new)));
	}

	private void feed() throws Exception {
		Instant now = Instant.now();
		try (KafkaProducer<String, Object> kafka = producer()) {
			for (int i = 0; i < STATIONS.length; i++) {
				String id = STATIONS[i][0];
				kafka.send(new ProducerRecord<>(topic("stations"), id,
						new StationChanged(UUID.randomUUID(), StationChanged.SCHEMA_VERSION, id, "Station " + id,
								STATIONS[i][1], "NATIONAL", 39.9 + i / 100.0, 116.4 + i / 100.0, true, false, now)));
			}
			kafka.flush();
			await().atMost(Duration.ofSeconds(60)).until(() -> count("SELECT count(*) FROM analytics.station") == 4);
			for (int i = 0; i < STATIONS.length; i++) {
				put("/api/v1/districts/" + STATIONS[i][1],
						"{\"name\":\"District " + STATIONS[i][1] + "\",\"cityId\":\"city\"}");
				put("/api/v1/districts/" + STATIONS[i][1] + "/targets/2026", "{\"goodDayRate\":80}");
			}
			for (int i = 0; i < STATIONS.length; i++) {
				for (int year : new int[] { 2025, 2026 }) {
					for (int month : MONTHS) {
						for (int day : new int[] { 10, 20 }) {
							double pm25 = 20 + 15 * i + (year == 2025 ? 10 : 0) + month;
							send(kafka, day(STATIONS[i][0], STATIONS[i][1], LocalDate.of(year, month, day), pm25));
						}
					}
				}
				send(kafka, lastHours(STATIONS[i][0], STATIONS[i][1], now, i == 0 ? 250 : 30));
			}
		}
		await().atMost(Duration.ofSeconds(180))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> count("SELECT count(*) FROM analytics.daily_result WHERE scope = 'DISTRICT'"
					+ " AND day < '2026-05-01'") == 4 * 16
					&& count("SELECT count(*) FROM reporting.district_ranking WHERE year = 2026"
							+ " AND composite_index IS NOT NULL AND composite_index_last_year IS NOT NULL") == 4
					&& count("SELECT count(*) FROM reporting.station_hour_latest") == 4
					&& count("SELECT count(*) FROM alert.incident") > 0
					&& count("SELECT count(*) FROM alert.notification WHERE status = 'SENT'") > 0);
		acknowledgeAnIncident();
	}

	private void acknowledgeAnIncident() throws Exception {
		String id = single("SELECT id::text FROM alert.incident ORDER BY opened_at LIMIT 1");
		String district = single("SELECT district_id FROM alert.incident WHERE id::text = '" + id + "'");
		request("POST", 1, "/api/v1/incidents/" + id + "/ack",
				"{\"officialId\":\"official-" + district + "\",\"note\":\"on it\"}");
		await().atMost(Duration.ofSeconds(30))
			.until(() -> count("SELECT count(*) FROM alert.incident WHERE acknowledged_at IS NOT NULL") > 0);
	}

	/** A whole day: PM2.5 at {@code pm25}, the other pollutants at clean levels. */
	private static List<ReadingReceived> day(String station, String district, LocalDate day, double pm25) {
		List<ReadingReceived> readings = new ArrayList<>();
		for (int h = 0; h < 24; h++) {
			readings.addAll(hour(station, district, day.atStartOfDay(ZONE).plusHours(h).toInstant(), pm25));
		}
		return readings;
	}

	/**
	 * The eight hours before this one: two good, then six at {@code pm25} (a sustained
	 * exceedance when above the limit).
	 */
	private static List<ReadingReceived> lastHours(String station, String district, Instant now, double pm25) {
		Instant thisHour = now.truncatedTo(ChronoUnit.HOURS);
		List<ReadingReceived> readings = new ArrayList<>();
		for (int h = 8; h >= 1; h--) {
			readings.addAll(hour(station, district, thisHour.minus(h, ChronoUnit.HOURS), h > 6 ? 20 : pm25));
		}
		return readings;
	}

	private static List<ReadingReceived> hour(String station, String district, Instant t, double pm25) {
		Map<Pollutant, Double> values = Map.of(Pollutant.PM2_5, pm25, Pollutant.PM10, pm25 * 1.6, Pollutant.SO2, 6.0,
				Pollutant.NO2, 25.0, Pollutant.CO, 0.6, Pollutant.O3, 60.0);
		List<ReadingReceived> readings = new ArrayList<>();
		values.forEach((p, v) -> readings.add(new ReadingReceived(UUID.randomUUID(), ReadingReceived.SCHEMA_VERSION,
				station, district, t, p, v, p.canonicalUnit(), 0, t.plusSeconds(600))));
		return readings;
	}

	private void send(KafkaProducer<String, Object> kafka, List<ReadingReceived> readings) {
		readings.forEach(r -> kafka.send(new ProducerRecord<>(topic("readings"), r.stationId(), r)));
		kafka.flush();
	}

	/**
	 * Readings in the compact encoding of {@code aq.readings.v2}, station events in JSON.
	 */
	private KafkaProducer<String, Object> producer() {
		Properties p = new Properties();
		p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().bootstrapServers());
		p.put(ProducerConfig.ACKS_CONFIG, "all");
		Map<Class<?>, Serializer<?>> byType = new LinkedHashMap<>();
		byType.put(ReadingReceived.class, (Serializer<ReadingReceived>) (topic, r) -> CompactReadingCodec.encode(r));
		byType.put(Object.class, new JacksonJsonSerializer<>());
		return new KafkaProducer<>(p, new StringSerializer(), new DelegatingByTypeSerializer(byType, true));
	}

	/**
	 * The readings in the compact encoding are {@code .v2}; the JSON ones of older
	 * ingests {@code -v1}.
	 */
	private String topic(String name) {
		if (name.endsWith("-v1")) {
			return "aq." + name.substring(0, name.length() - 3) + ".v1." + suffix;
		}
		return "aq." + name + (name.startsWith("readings") ? ".v2." : ".v1.") + suffix;
	}

	private int port(int service) {
		return ((WebServerApplicationContext) services.get(service)).getWebServer().getPort();
	}

	/** {@code GET} on analytics-service with the admin key. */
	String analytics(String path) throws IOException, InterruptedException {
		return request("GET", 0, path, null);
	}

	private void put(String path, String body) throws IOException, InterruptedException {
		request("PUT", 0, path, body);
	}

	private String request(String method, int service, String path, String body)
			throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port(service) + path))
			.timeout(Duration.ofSeconds(60))
			.header("Authorization", "Bearer " + ADMIN_KEY)
			.header("Content-Type", "application/json")
			.method(method,
					body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
			.build();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() / 100 != 2) {
			throw new IOException(method + " " + path + ": " + response.statusCode() + " " + response.body());
		}
		return response.body();
	}

	private long count(String sql) throws SQLException {
		return Long.parseLong(single(sql));
	}

	private String single(String sql) throws SQLException {
		try (Connection c = DriverManager.getConnection(database.jdbcUrl(), database.adminUser(),
				database.adminPassword()); Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
			rows.next();
			return rows.getString(1);
		}
	}

	@Override
	public void close() {
		for (int i = services.size() - 1; i >= 0; i--) {
			services.get(i).close();
		}
		smtp.stop();
	}

}
