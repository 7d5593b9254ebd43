package io.cleanair.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import io.cleanair.security.AdminKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The whole platform in one process: a real Kafka broker, a real PostgreSQL, the three
 * services, an SMTP sink and an SMS-gateway sink. Ctrl-C stops everything; the data
 * directory keeps the data.
 */
@Command(name = "local-stack", mixinStandardHelpOptions = true,
		description = "Runs the air-quality platform locally: Kafka, PostgreSQL, the three services and mail/SMS sinks.")
public final class LocalStack implements Callable<Integer> {

	private static final Logger log = LoggerFactory.getLogger(LocalStack.class);

	@Option(names = "--data-dir", defaultValue = "${AQ_LOCAL_DATA:-.local-stack}",
			description = "Where PostgreSQL and Kafka keep their data between runs (default: ${DEFAULT-VALUE}).")
	Path dataDir;

	@Option(names = "--jdbc-url", description = "Use this PostgreSQL instead of starting one.")
	String jdbcUrl;

	@Option(names = "--jdbc-user", defaultValue = "postgres")
	String jdbcUser;

	@Option(names = "--jdbc-password", defaultValue = "postgres")
	String jdbcPassword;

	@Option(names = "--kafka-bootstrap", description = "Use this Kafka instead of starting a broker.")
	String kafkaBootstrap;

	@Option(names = "--postgres-port", defaultValue = "15432")
	int postgresPort;

	@Option(names = "--kafka-port", defaultValue = "9092")
	int kafkaPort;

	@Option(names = "--kafka-controller-port", defaultValue = "9093")
	int kafkaControllerPort;

	@Option(names = "--smtp-port", defaultValue = "1025")
	int smtpPort;

	@Option(names = "--sms-port", defaultValue = "8090")
	int smsPort;

	@Option(names = "--sms-url",
			description = "Send alert-service's SMS to this gateway URL instead of the SMS sink (e.g. aq bench's own sink).")
	String smsUrl;

	@Option(names = "--ingest-port", defaultValue = "8081")
	int ingestPort;

	@Option(names = "--analytics-port", defaultValue = "8082")
	int analyticsPort;

	@Option(names = "--alert-port", defaultValue = "8083")
	int alertPort;

	/**
	 * The database role (and schema) of the public portal in the stack's own PostgreSQL.
	 */
	static final String PORTAL_ROLE = "portal";

	@Option(names = "--portal-port", defaultValue = "8084")
	int portalPort;

	@Option(names = "--no-seed", negatable = true, defaultValue = "true",
			description = "Seed the demo city on first start (default: ${DEFAULT-VALUE}).")
	boolean seed;

	@Option(names = "--simulate",
			description = "Feed the demo stations with simulated readings (the last week at an hour per second, then"
					+ " in real time).")
	boolean simulate;

	/** Everything started, to be closed in reverse order. */
	private final Deque<AutoCloseable> running = new ArrayDeque<>();

	private final CountDownLatch stopped = new CountDownLatch(1);

	public static void main(String[] args) {
		int exit = new CommandLine(new LocalStack()).execute(args);
		if (exit != 0) {
			System.exit(exit);
		}
	}

	@Override
	public Integer call() throws Exception {
		Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "local-stack-stop"));
		try {
			start();
		}
		catch (Exception e) {
			log.error("The local stack could not start: {}", e.getMessage(), e);
			stop();
			return 1;
		}
		stopped.await();
		return 0;
	}

	void start() throws Exception {
		Files.createDirectories(dataDir);
		String jdbc = jdbcUrl;
		String portalUser = jdbcUser;
		String portalPassword = jdbcPassword;
		if (jdbc == null) {
			PostgresServer postgres = started(PostgresServer.start(dataDir.resolve("postgres"), postgresPort));
			jdbc = postgres.jdbcUrl();
			// the portal logs in as its own role, owning only its schema
			postgres.ensureOwnRole(PORTAL_ROLE, PORTAL_ROLE);
			portalUser = PORTAL_ROLE;
			portalPassword = PORTAL_ROLE;
		}
		String kafka = kafkaBootstrap;
		if (kafka == null) {
			kafka = started(KafkaServer.start(dataDir.resolve("kafka"), kafkaPort, kafkaControllerPort))
				.bootstrapServers();
		}
		String adminKey = adminKey();
		Map<String, String> properties = new LinkedHashMap<>(DemoCity.officialProperties());
		properties.put("aq.security.admin-key", adminKey);
		SmtpSink smtp = started(SmtpSink.start(smtpPort));
		SmsGatewaySink sms = started(SmsGatewaySink.start(smsPort));
		// alert-service texts through the SMS sink's generic JSON webhook
		properties.put("aq.alert.sms.provider", "webhook");
		properties.put("aq.alert.sms.webhook.url", smsUrl != null ? smsUrl : "http://localhost:" + sms.port() + "/sms");
		// briefings and the ladder read analytics' API with the admin key
		// (aq.security.admin-key)
		if (analyticsPort != 0) {
			properties.put("aq.alert.analytics.url", "http://localhost:" + analyticsPort);
		}
		if (simulate) {
			// the simulator replays the last week first: the morning briefing waits until
			// yesterday is in
			properties.put("aq.alert.briefing.initial-delay", "PT4M");
		}
		PlatformServices services = started(
				PlatformServices.start(new PlatformServices.Settings(jdbc, jdbcUser, jdbcPassword, kafka, smtp.port(),
						ingestPort, analyticsPort, alertPort, portalPort, properties, portalUser, portalPassword)));
		Path seededMarker = dataDir.resolve("demo-city-seeded");
		if (seed && !Files.exists(seededMarker)) {
			DemoCity.registerStations(services.ingestPort(), adminKey);
			DemoCity.registerDistricts(services.analyticsPort(), adminKey, java.time.Year.now().getValue());
			Files.writeString(seededMarker, "stations of the demo city registered\n");
			log.info("Seeded the demo city: {} stations, {} officials", DemoCity.STATIONS.size(),
					DemoCity.OFFICIALS.size());
		}
		Path keysFile = dataDir.resolve("station-keys.properties");
		String stationKey = seed ? DemoCity.stationKeys(services.ingestPort(), adminKey, keysFile).getProperty("dongsi")
				: "<a station key: POST /api/v1/stations/{id}/keys as the admin>";
		if (simulate) {
			started(DemoSimulation.start(services.ingestPort(), adminKey));
		}
		System.out.printf(
				"""

						Air-quality platform is running (data in %s)
						  ingest-service     http://localhost:%d/api/v1/stations
						  analytics-service  http://localhost:%d/api/v1/stations/dongsi/readings
						  alert-service      http://localhost:%d/api/v1/notifications
						  public portal      http://localhost:%d/ (no key; open API http://localhost:%d/api/public/v1/stations)
						  PostgreSQL         %s
						  Kafka              %s
						  SMTP sink          localhost:%d (emails are logged here)
						  SMS gateway sink   http://localhost:%d/sms (messages are logged here)
						API keys (ingest-service: Authorization: Bearer <key>)
						  admin              %s (from AQ_ADMIN_KEY, else kept in %s)
						  demo stations      one per station, in %s
						Post a reading as station dongsi:
						  curl -X POST localhost:%d/api/v1/readings -H 'Authorization: Bearer %s' -H 'Content-Type: application/json' \\
						    -d '{"readings":[{"stationId":"dongsi","time":"2026-11-28T08:00:00+08:00","pollutant":"PM2_5","value":"75","unit":"ug/m3"}]}'
						Press Ctrl-C to stop.
						%n""",
				dataDir.toAbsolutePath(), services.ingestPort(), services.analyticsPort(), services.alertPort(),
				services.portalPort(), services.portalPort(), jdbc, kafka, smtp.port(), sms.port(), adminKey,
				dataDir.resolve("admin.key").toAbsolutePath(), keysFile.toAbsolutePath(), services.ingestPort(),
				stationKey);
	}

	/**
	 * {@code AQ_ADMIN_KEY}, else the key kept in the data directory (generated on the
	 * first start).
	 */
	private String adminKey() {
		String fromEnvironment = System.getenv("AQ_ADMIN_KEY");
		if (fromEnvironment != null && !fromEnvironment.isBlank()) {
			return fromEnvironment.trim();
		}
		return AdminKey.readOrGenerate(dataDir.resolve("admin.key"));
	}

	private <T extends AutoCloseable> T started(T component) {
		running.push(component);
		return component;
	}

	synchronized void stop() {
		boolean wasRunning = !running.isEmpty();
		while (!running.isEmpty()) {
			AutoCloseable component = running.pop();
			try {
				component.close();
			}
			catch (Exception e) {
				System.err.println("Stopping " + component.getClass().getSimpleName() + " failed: " + e.getMessage());
			}
		}
		if (wasRunning) {
			// logging may already be shut down by now
			System.out.println("Local stack stopped; data kept in " + dataDir.toAbsolutePath());
		}
		stopped.countDown();
	}

}
