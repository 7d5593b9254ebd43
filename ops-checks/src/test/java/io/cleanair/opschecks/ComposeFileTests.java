package io.cleanair.opschecks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.cleanair.cli.simulate.SimulateCommand;
import io.cleanair.cli.simulate.Stations;
import org.apache.kafka.common.Uuid;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * {@code docker-compose.yml} agrees with the services' own configuration, without a
 * Docker engine: ports, environment variables, health checks, start order, volumes, the
 * files it mounts and the images it builds.
 */
class ComposeFileTests {

	static final Path ROOT = RepositoryFiles.root();

	static final ComposeFile COMPOSE = ComposeFile.load(ROOT.resolve("docker-compose.yml"));

	/**
	 * Read from the environment by the JVM, or by code rather than through a property of
	 * the service's file: api-security's {@code AdminKey} reads {@code AQ_ADMIN_KEY} in
	 * every service that depends on it.
	 */
	static Set<String> readDirectly(String service) throws IOException {
		boolean apiSecurity = Files.readString(ROOT.resolve(service).resolve("pom.xml"))
			.contains("<artifactId>api-security</artifactId>");
		return apiSecurity ? Set.of("JAVA_TOOL_OPTIONS", "AQ_ADMIN_KEY") : Set.of("JAVA_TOOL_OPTIONS");
	}

	/**
	 * The keys of the Compose specification this file may use; a typo is caught here
	 * rather than by Docker.
	 */
	static final Set<String> SERVICE_KEYS = Set.of("image", "build", "command", "entrypoint", "env_file", "environment",
			"ports", "volumes", "depends_on", "healthcheck", "restart");

	static final Set<String> HEALTHCHECK_KEYS = Set.of("test", "interval", "timeout", "retries", "start_period",
			"start_interval", "disable");

	/**
	 * The host side is a variable defaulting to the server's port, so that one instance
	 * answers on its usual port and {@code --scale} can be given a range of host ports
	 * instead.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "ingest-service", "analytics-service", "alert-service", "public-portal" })
	void publishedPortIsTheServersPortOnBothSides(String name) {
		int port = ServiceConfig.of(name).serverPort();
		List<String> ports = ComposeFile.strings(COMPOSE.service(name).get("ports"));
		assertThat(ports).singleElement(InstanceOfAssertFactories.STRING)
			.matches("\\$\\{AQ_[A-Z]+_PORTS:-" + port + "}:" + port);
	}

	/**
	 * What {@code docker compose up --scale} cannot start twice: a fixed container name
	 * or a fixed host port.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "ingest-service", "analytics-service", "alert-service", "public-portal" })
	void everyServiceCanRunAsSeveralInstances(String name) {
		Map<String, Object> service = COMPOSE.service(name);
		assertThat(service).doesNotContainKey("container_name");
		assertThat(ComposeFile.strings(service.get("ports")))
			.allSatisfy(p -> assertThat(p.substring(0, p.lastIndexOf(':'))).as("host side of %s", p).startsWith("${"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "ingest-service", "analytics-service", "alert-service", "public-portal" })
	void everyVariableReachesARealPropertyOfTheService(String name) throws IOException {
		ServiceConfig config = ServiceConfig.of(name);
		Set<String> placeholders = config.placeholders().keySet();
		Set<String> readDirectly = readDirectly(name);
		assertThat(ComposeFile.environment(COMPOSE.service(name)).keySet()).allSatisfy(variable -> assertThat(
				placeholders.contains(variable) || config.bindsToAProperty(variable) || readDirectly.contains(variable))
			.as("%s: %s is neither a ${…} placeholder of %s.yml nor the relaxed name of one of its properties", name,
					variable, name)
			.isTrue());
	}

	@ParameterizedTest
	@ValueSource(strings = { "ingest-service", "analytics-service", "alert-service", "public-portal" })
	void everyPlaceholderThatDefaultsToLocalhostIsSet(String name) {
		Map<String, String> environment = ComposeFile.environment(COMPOSE.service(name));
		ServiceConfig.of(name).placeholders().forEach((variable, fallback) -> {
			if (fallback != null && fallback.contains("localhost")) {
				assertThat(environment)
					.as("%s: %s defaults to %s, which is not the container's", name, variable, fallback)
					.containsKey(variable);
			}
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "ingest-service", "analytics-service", "alert-service", "public-portal" })
	void healthCheckAsksTheServicesOwnReadinessProbe(String name) {
		ServiceConfig config = ServiceConfig.of(name);
		assertThat(config.properties()).containsEntry("management.endpoint.health.probes.enabled", true);
		String test = String.join(" ", ComposeFile.strings(map(COMPOSE.service(name).get("healthcheck")).get("test")));
		assertThat(test).contains("/dev/tcp/127.0.0.1/" + config.serverPort()).contains("/actuator/health/readiness");
	}

	@ParameterizedTest
	@ValueSource(strings = { "ingest-service", "analytics-service", "alert-service", "public-portal" })
	void imageIsBuiltFromTheExecutableJarMavenMakes(String name) throws IOException {
		assertThat(COMPOSE.service(name).get("build")).isEqualTo("./" + name);
		String dockerfile = Files.readString(ROOT.resolve(name).resolve("Dockerfile"));
		assertThat(dockerfile).contains("COPY target/" + name + "-*-exec.jar app.jar")
			.contains("EXPOSE " + ServiceConfig.of(name).serverPort());
		assertThat(Files.readString(ROOT.resolve(name).resolve("pom.xml"))).contains("<classifier>exec</classifier>");
		assertThat(Files.readString(ROOT.resolve(name).resolve(".dockerignore")))
			.contains("!target/" + name + "-*-exec.jar");
	}

	@Test
	void prometheusScrapesEveryInstanceOfEachServiceByItsComposeNameAndPort() throws IOException {
		String prometheus = Files.readString(ROOT.resolve("prometheus/prometheus.yml"));
		for (String name : List.of("ingest-service", "analytics-service", "alert-service", "public-portal")) {
			ServiceConfig config = ServiceConfig.of(name);
			// every instance of the service, found by its compose name
			assertThat(prometheus)
				.contains("names: [\"" + name + "\"]\n        type: A\n        port: " + config.serverPort());
			assertThat(String.valueOf(config.properties().get("management.endpoints.web.exposure.include")))
				.contains("prometheus");
		}
		assertThat(prometheus).contains("metrics_path: /actuator/prometheus");
	}

	@Test
	void everyDependencyWaitsForAHealthyServiceThatHasAHealthCheck() {
		COMPOSE.services().forEach((name, service) -> {
			Map<String, Map<String, Object>> dependsOn = map(service.get("depends_on"));
			dependsOn.forEach((dependency, condition) -> {
				assertThat(COMPOSE.services()).as("%s depends on %s", name, dependency).containsKey(dependency);
				assertThat(condition).as("%s → %s", name, dependency).containsEntry("condition", "service_healthy");
				assertThat(COMPOSE.service(dependency)).as("%s has a health check", dependency)
					.containsKey("healthcheck");
			});
		});
	}

	@Test
	void servicesUseOnlyKnownKeys() {
		COMPOSE.services().forEach((name, service) -> {
			assertThat(SERVICE_KEYS).as("keys of %s", name).containsAll(service.keySet());
			assertThat(HEALTHCHECK_KEYS).as("health check keys of %s", name)
				.containsAll(map(service.get("healthcheck")).keySet());
			assertThat(service.containsKey("image") || service.containsKey("build")).as("%s has an image", name)
				.isTrue();
		});
	}

	@Test
	void namedVolumesAreDeclaredAndMountedFilesExist() {
		Set<String> declared = map(COMPOSE.root().get("volumes")).keySet();
		COMPOSE.services().forEach((name, service) -> {
			for (String volume : ComposeFile.strings(service.get("volumes"))) {
				String source = volume.split(":")[0];
				if (source.startsWith("./")) {
					if (!source.equals("./aq-cli/target/aq.jar")) {
						assertThat(ROOT.resolve(source)).as("%s mounts %s", name, source).exists();
					}
				}
				else {
					assertThat(declared).as("%s uses volume %s", name, source).contains(source);
				}
			}
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "ingest-service", "analytics-service", "alert-service", "public-portal" })
	void everyServiceWithApiKeysGetsTheAdminKeyTheSimulatorUses(String name) throws IOException {
		if (readDirectly(name).contains("AQ_ADMIN_KEY")) {
			assertThat(ComposeFile.environment(COMPOSE.service(name)).get("AQ_ADMIN_KEY"))
				.isEqualTo(ComposeFile.environment(COMPOSE.service("simulator")).get("AQ_ADMIN_KEY"));
		}
	}

	@Test
	void theSimulatorsJarIsWhatTheCliBuildMakes() throws IOException {
		assertThat(Files.readString(ROOT.resolve("aq-cli/pom.xml")))
			.contains("<outputFile>${project.build.directory}/aq.jar</outputFile>");
	}

	@Test
	void theSimulatorsArgumentsAreOptionsOfAqSimulateAndItsStationsFileReads() throws IOException {
		List<String> command = ComposeFile.strings(COMPOSE.service("simulator").get("command"));
		assertThat(command.subList(0, 4)).containsExactly("java", "-jar", "/app/aq.jar", "simulate");
		assertThatCode(() -> new CommandLine(new SimulateCommand())
			.parseArgs(command.subList(4, command.size()).toArray(String[]::new))).doesNotThrowAnyException();
		assertThat(Stations.fromFile(ROOT.resolve("simulator/stations.csv"))).hasSize(12);
		assertThat(command)
			.contains("--ingest=http://ingest-service:" + ServiceConfig.of("ingest-service").serverPort());
	}

	@Test
	void kafkaAdvertisesTheAddressTheServicesAreGivenAndHasAValidClusterId() {
		Map<String, String> kafka = ComposeFile.environment(COMPOSE.service("kafka"));
		assertThatCode(() -> Uuid.fromString(kafka.get("CLUSTER_ID"))).doesNotThrowAnyException();
		for (String name : List.of("ingest-service", "analytics-service", "alert-service", "public-portal")) {
			String bootstrap = ComposeFile.environment(COMPOSE.service(name)).get("AQ_KAFKA_BOOTSTRAP");
			assertThat(kafka.get("KAFKA_ADVERTISED_LISTENERS")).contains("PLAINTEXT://" + bootstrap);
		}
	}

	@Test
	void theServicesReachTheDatabaseAndMailServerOfThisFile() {
		Map<String, String> db = ComposeFile.environment(COMPOSE.service("timescaledb"));
		for (String name : List.of("ingest-service", "analytics-service", "alert-service")) {
			Map<String, String> env = ComposeFile.environment(COMPOSE.service(name));
			assertThat(env.get("AQ_JDBC_URL")).isEqualTo("jdbc:postgresql://timescaledb:5432/" + db.get("POSTGRES_DB"));
			assertThat(env.get("AQ_JDBC_USER")).isEqualTo(db.get("POSTGRES_USER"));
			assertThat(env.get("AQ_JDBC_PASSWORD")).isEqualTo(db.get("POSTGRES_PASSWORD"));
		}
		Map<String, String> portal = ComposeFile.environment(COMPOSE.service("public-portal"));
		assertThat(portal.get("AQ_JDBC_URL")).isEqualTo("jdbc:postgresql://timescaledb:5432/" + db.get("POSTGRES_DB"));
		Map<String, String> alert = ComposeFile.environment(COMPOSE.service("alert-service"));
		assertThat(alert).containsEntry("AQ_SMTP_HOST", "mailpit").containsEntry("AQ_SMTP_PORT", "1025");
		assertThat(ComposeFile.strings(COMPOSE.service("mailpit").get("ports"))).contains("1025:1025", "8025:8025");
	}

	@Test
	void alertServiceKnowsAnOfficialForEveryDistrictTheSimulatorFeeds() throws IOException {
		Map<String, String> alert = ComposeFile.environment(COMPOSE.service("alert-service"));
		for (var station : Stations.fromFile(ROOT.resolve("simulator/stations.csv"))) {
			assertThat(alert).as("an official for %s", station.districtId()).containsValue(station.districtId());
		}
	}

	/**
	 * The portal holds no other service's credential: its own database role, no admin
	 * key, no officials.
	 */
	@Test
	void thePublicPortalHoldsNoCredentialOfAnotherService() throws IOException {
		Map<String, String> portal = ComposeFile.environment(COMPOSE.service("public-portal"));
		Map<String, String> db = ComposeFile.environment(COMPOSE.service("timescaledb"));
		assertThat(portal.get("AQ_JDBC_USER")).isEqualTo("portal").isNotEqualTo(db.get("POSTGRES_USER"));
		assertThat(portal).doesNotContainKeys("AQ_ADMIN_KEY", "AQ_SMS_WEBHOOK_TOKEN", "AQ_TWILIO_AUTH_TOKEN");
		assertThat(COMPOSE.service("public-portal")).doesNotContainKey("env_file");
		assertThat(Files.readString(ROOT.resolve("docker/timescaledb/20-portal-role.sql")))
			.contains("CREATE ROLE portal LOGIN PASSWORD '" + portal.get("AQ_JDBC_PASSWORD") + "'")
			.contains("CREATE SCHEMA IF NOT EXISTS portal AUTHORIZATION portal");
		assertThat(ServiceConfig.of("public-portal").properties()).containsEntry("spring.flyway.schemas", "portal");
	}

	@Test
	void relaxedBindingIsCheckedForReal() {
		ServiceConfig alert = ServiceConfig.of("alert-service");
		assertThat(alert.bindsToAProperty("SPRING_DATASOURCE_URL")).isTrue();
		assertThat(alert.bindsToAProperty("SPRING_MAIL_HOST")).isTrue();
		assertThat(alert.bindsToAProperty("AQ_ALERT_OFFICIALS_0_EMAIL")).isTrue();
		assertThat(alert.bindsToAProperty("SPRING_DATASOURCE_URI")).isFalse();
		assertThat(alert.bindsToAProperty("AQ_ALERTS_MAIL_FROM")).isFalse();
		assertThat(ServiceConfig.of("ingest-service").bindsToAProperty("AQ_ALERT_OFFICIALS_0_EMAIL")).isFalse();
	}

	private static <V> Map<String, V> map(Object value) {
		return ComposeFile.map(value);
	}

}
