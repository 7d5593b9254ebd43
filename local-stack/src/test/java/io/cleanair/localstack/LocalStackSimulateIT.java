package io.cleanair.localstack;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** {@code --simulate}: the demo stations' readings of the past week reach analytics within seconds. */
class LocalStackSimulateIT {

	Path dataDir;

	LocalStack stack;

	@AfterEach
	void stopAndRemoveData() throws IOException {
		if (stack != null) {
			stack.stop();
		}
		try (Stream<Path> files = Files.walk(dataDir)) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}

	@Test
	void simulatedReadingsOfTheFirstDayReachAnalytics() throws Exception {
		dataDir = Files.createTempDirectory("local-stack-simulate-it");
		stack = new LocalStack();
		stack.dataDir = dataDir;
		stack.jdbcUser = "postgres";
		stack.jdbcPassword = "postgres";
		stack.postgresPort = freePort();
		stack.kafkaPort = freePort();
		stack.kafkaControllerPort = freePort();
		stack.smtpPort = freePort();
		stack.smsPort = freePort();
		stack.ingestPort = freePort();
		stack.analyticsPort = freePort();
		stack.alertPort = freePort();
		stack.seed = true;
		stack.simulate = true;
		stack.start();

		LocalDate firstDay = LocalDate.now(DemoSimulation.ZONE).minusDays(DemoSimulation.DAYS_BACK);
		String from = firstDay.atStartOfDay(DemoSimulation.ZONE).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
		String to = firstDay.plusDays(1).atStartOfDay(DemoSimulation.ZONE).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
		WebTestClient analytics = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + stack.analyticsPort)
			.defaultHeader("Authorization", "Bearer " + adminKey(dataDir))
			.responseTimeout(Duration.ofSeconds(30))
			.build();
		await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> analytics.get()
			.uri(b -> b.path("/api/v1/stations/dongsi/readings").queryParam("from", "{from}").queryParam("to", "{to}")
				.build(from, to))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[?(@.pollutant == 'PM2_5')]")
			.value(list -> assertThat((List<?>) list).hasSizeGreaterThanOrEqualTo(10)));
	}

	/** The stack's admin key: {@code AQ_ADMIN_KEY}, else the one it generated into its data directory. */
	static String adminKey(Path dataDir) throws IOException {
		String fromEnvironment = System.getenv("AQ_ADMIN_KEY");
		return fromEnvironment != null && !fromEnvironment.isBlank() ? fromEnvironment.trim()
				: Files.readString(dataDir.resolve("admin.key")).trim();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
