package io.cleanair.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Finds the real PostgreSQL and Kafka that integration tests use, once per JVM:
 * <ol>
 * <li>addresses from the environment ({@code AQ_TEST_JDBC_URL},
 * {@code AQ_TEST_JDBC_USER}, {@code AQ_TEST_JDBC_PASSWORD},
 * {@code AQ_TEST_KAFKA_BOOTSTRAP});</li>
 * <li>otherwise Testcontainers, when a Docker engine answers;</li>
 * <li>otherwise embedded PostgreSQL binaries and an in-process KRaft broker.</li>
 * </ol>
 * A test run that sets the system property {@code aq.test.postgres=timescaledb}
 * (analytics-service's second integration-test run does) wants TimescaleDB instead:
 * {@code AQ_TEST_TIMESCALE_JDBC_URL} (with {@code AQ_TEST_TIMESCALE_JDBC_USER} and
 * {@code AQ_TEST_TIMESCALE_JDBC_PASSWORD}), otherwise Testcontainers'
 * {@code timescale/timescaledb} image; without either its tests are skipped, and the log
 * says why in one line.
 */
public final class TestInfrastructure {

	static final String TIMESCALE_IMAGE = "timescale/timescaledb:latest-pg17";

	static final String POSTGRES_IMAGE = "postgres:17-alpine";

	/**
	 * The system property that chooses the PostgreSQL flavour: {@code plain} (the
	 * default) or {@code timescaledb}.
	 */
	public static final String FLAVOUR_PROPERTY = "aq.test.postgres";

	static final String KAFKA_IMAGE = "apache/kafka:4.1.1";

	private static final Logger log = LoggerFactory.getLogger(TestInfrastructure.class);

	private static TestPostgres postgres;

	private static TestKafka kafka;

	private static Boolean dockerAvailable;

	/** The embedded server, while it runs; {@code null} when stopped or not embedded. */
	private static EmbeddedPostgres embedded;

	/** Where the embedded server keeps its data and listens, kept across a restart. */
	private static Path embeddedData;

	private static int embeddedPort;

	static final String WHY_NO_TIMESCALE = "TimescaleDB runs skipped: AQ_TEST_TIMESCALE_JDBC_URL is not set and no Docker"
			+ " engine answers (README.md, 'Tests', says how to give them one)";

	private TestInfrastructure() {
	}

	/**
	 * Whether this run wants TimescaleDB ({@code -Daq.test.postgres=timescaledb}) rather
	 * than plain PostgreSQL.
	 */
	public static boolean wantsTimescale() {
		return "timescaledb".equalsIgnoreCase(System.getProperty(FLAVOUR_PROPERTY, "plain"));
	}

	public static synchronized TestPostgres postgres() {
		if (postgres == null) {
			postgres = wantsTimescale() ? startTimescale() : startPostgres();
			log.info("Integration tests use PostgreSQL: {} ({})", postgres.kind(), postgres.adminJdbcUrl());
		}
		return postgres;
	}

	public static synchronized TestKafka kafka() {
		if (kafka == null) {
			kafka = startKafka();
			log.info("Integration tests use Kafka: {} ({})", kafka.kind(), kafka.bootstrapServers());
		}
		return kafka;
	}

	private static TestPostgres startPostgres() {
		String url = System.getenv("AQ_TEST_JDBC_URL");
		if (url != null && !url.isBlank()) {
			return new TestPostgres("external from AQ_TEST_JDBC_URL", url, envOr("AQ_TEST_JDBC_USER", "postgres"),
					envOr("AQ_TEST_JDBC_PASSWORD", ""));
		}
		if (dockerAvailable()) {
			return startContainer(POSTGRES_IMAGE);
		}
		try {
			embeddedData = Files.createTempDirectory("aq-test-postgres");
			embedded = embeddedBuilder().start();
			embeddedPort = embedded.getPort();
			Runtime.getRuntime()
				.addShutdownHook(new Thread(TestInfrastructure::stopAndDeleteEmbedded, "stop-test-postgres"));
			return new TestPostgres("embedded PostgreSQL binaries", embedded.getJdbcUrl("postgres", "postgres"),
					"postgres", "postgres");
		}
		catch (Exception e) {
			throw new IllegalStateException("Could not start embedded PostgreSQL", e);
		}
	}

	private static EmbeddedPostgres.Builder embeddedBuilder() {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setPGStartupWait(Duration.ofSeconds(60))
			.setDataDirectory(embeddedData)
			.setCleanDataDirectory(false);
		return embeddedPort == 0 ? builder : builder.setPort(embeddedPort);
	}

	/**
	 * Whether this JVM's PostgreSQL can be stopped and started again (the embedded
	 * binaries can; a server from the environment or Testcontainers is left alone).
	 */
	public static synchronized boolean canStopPostgres() {
		postgres();
		return embeddedData != null;
	}

	/**
	 * Stops the shared PostgreSQL, for an outage test; {@link #restartPostgres()} starts
	 * it again on the same port with the same databases. Every context of the JVM loses
	 * it.
	 */
	public static synchronized void stopPostgres() {
		if (!canStopPostgres()) {
			throw new IllegalStateException("Only embedded PostgreSQL can be stopped, not " + postgres.kind());
		}
		if (embedded != null) {
			closeQuietly(embedded);
			embedded = null;
		}
	}

	/** Starts the PostgreSQL {@link #stopPostgres()} stopped (nothing if it runs). */
	public static synchronized void restartPostgres() {
		if (embedded == null && embeddedData != null) {
			try {
				embedded = embeddedBuilder().start();
			}
			catch (IOException e) {
				throw new IllegalStateException("Could not start embedded PostgreSQL again", e);
			}
		}
	}

	private static synchronized void stopAndDeleteEmbedded() {
		if (embedded != null) {
			closeQuietly(embedded);
			embedded = null;
		}
		try (var files = Files.walk(embeddedData)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException e) {
			log.warn("Could not delete {}", embeddedData, e);
		}
	}

	private static TestPostgres startTimescale() {
		String url = System.getenv("AQ_TEST_TIMESCALE_JDBC_URL");
		if (url != null && !url.isBlank()) {
			return new TestPostgres("TimescaleDB from AQ_TEST_TIMESCALE_JDBC_URL", url,
					envOr("AQ_TEST_TIMESCALE_JDBC_USER", "postgres"), envOr("AQ_TEST_TIMESCALE_JDBC_PASSWORD", ""));
		}
		if (dockerAvailable()) {
			return startContainer(TIMESCALE_IMAGE);
		}
		throw new IllegalStateException(WHY_NO_TIMESCALE);
	}

	/**
	 * Why this TimescaleDB run has no TimescaleDB, or empty when it has one (or is not a
	 * TimescaleDB run); asks nothing of the server itself.
	 */
	static synchronized Optional<String> timescaleMissing() {
		if (!wantsTimescale() || postgres != null) {
			return Optional.empty();
		}
		String url = System.getenv("AQ_TEST_TIMESCALE_JDBC_URL");
		if ((url != null && !url.isBlank()) || dockerAvailable()) {
			return Optional.empty();
		}
		return Optional.of(WHY_NO_TIMESCALE);
	}

	private static TestPostgres startContainer(String image) {
		PostgreSQLContainer container = new PostgreSQLContainer(
				DockerImageName.parse(image).asCompatibleSubstituteFor("postgres"));
		container.start();
		Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "stop-test-postgres"));
		return new TestPostgres("Testcontainers " + image, container.getJdbcUrl(), container.getUsername(),
				container.getPassword());
	}

	private static TestKafka startKafka() {
		String bootstrap = System.getenv("AQ_TEST_KAFKA_BOOTSTRAP");
		if (bootstrap != null && !bootstrap.isBlank()) {
			return new TestKafka("external from AQ_TEST_KAFKA_BOOTSTRAP", bootstrap);
		}
		if (dockerAvailable()) {
			KafkaContainer container = new KafkaContainer(DockerImageName.parse(KAFKA_IMAGE));
			container.start();
			Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "stop-test-kafka"));
			return new TestKafka("Testcontainers " + KAFKA_IMAGE, container.getBootstrapServers());
		}
		EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);
		broker.brokerProperty("auto.create.topics.enable", "true");
		broker.afterPropertiesSet();
		Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy, "stop-test-kafka"));
		return new TestKafka("in-process KRaft broker", broker.getBrokersAsString());
	}

	/**
	 * Asks Testcontainers once; without a Docker engine it answers false in well under a
	 * second.
	 */
	private static boolean dockerAvailable() {
		if (dockerAvailable == null) {
			if ("false".equalsIgnoreCase(System.getenv("AQ_TEST_DOCKER"))) {
				dockerAvailable = false;
			}
			else {
				try {
					dockerAvailable = DockerClientFactory.instance().isDockerAvailable();
				}
				catch (RuntimeException | Error e) {
					dockerAvailable = false;
				}
			}
		}
		return dockerAvailable;
	}

	private static String envOr(String name, String fallback) {
		String value = System.getenv(name);
		return value == null ? fallback : value;
	}

	private static void closeQuietly(AutoCloseable closeable) {
		try {
			closeable.close();
		}
		catch (Exception e) {
			log.warn("Could not stop {}", closeable, e);
		}
	}

}
