package io.cleanair.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The local stack with its own embedded PostgreSQL and Kafka: stopping it leaves no
 * PostgreSQL process behind, and the next start finds the same data.
 */
class LocalStackRestartIT {

	Path dataDir;

	@BeforeEach
	void dataDirectory() throws IOException {
		dataDir = Files.createTempDirectory("local-stack-it");
	}

	@AfterEach
	void removeDataDirectory() throws IOException {
		TestStacks.delete(dataDir);
	}

	@Test
	void secondStartFindsTheDataOfTheFirstAndStopLeavesNoPostgresRunning() throws Exception {
		LocalStack first = TestStacks.onFreePorts(dataDir);
		first.start();
		WebTestClient ingest = TestStacks.asAdmin(first.ingestPort, TestStacks.adminKey(dataDir));
		ingest.get().uri("/api/v1/stations/dongsi").exchange().expectStatus().isOk();
		ingest.put()
			.uri("/api/v1/stations/restart-check")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", "Restart check", "districtId", "dongcheng"))
			.exchange()
			.expectStatus()
			.isCreated();
		first.stop();
		await().atMost(Duration.ofSeconds(30)).until(() -> postgresProcessesOf(dataDir) == 0);

		LocalStack second = TestStacks.onFreePorts(dataDir);
		second.start();
		try {
			TestStacks.asAdmin(second.ingestPort, TestStacks.adminKey(dataDir))
				.get()
				.uri("/api/v1/stations/restart-check")
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.name")
				.isEqualTo("Restart check");
			assertThat(Files.exists(dataDir.resolve("demo-city-seeded"))).isTrue();
		}
		finally {
			second.stop();
		}
		await().atMost(Duration.ofSeconds(30)).until(() -> postgresProcessesOf(dataDir) == 0);
	}

	private static long postgresProcessesOf(Path dataDir) {
		String marker = dataDir.resolve("postgres").toString();
		return ProcessHandle.allProcesses()
			.filter(p -> p.info().commandLine().map(c -> c.contains("postgres") && c.contains(marker)).orElse(false))
			.count();
	}

}
