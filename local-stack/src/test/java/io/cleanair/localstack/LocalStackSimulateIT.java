package io.cleanair.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code --simulate}: the demo stations' readings of the past week reach analytics within
 * seconds.
 */
class LocalStackSimulateIT {

	Path dataDir;

	LocalStack stack;

	@AfterEach
	void stopAndRemoveData() throws IOException {
		if (stack != null) {
			stack.stop();
		}
		TestStacks.delete(dataDir);
	}

	@Test
	void simulatedReadingsOfTheFirstDayReachAnalytics() throws Exception {
		dataDir = Files.createTempDirectory("local-stack-simulate-it");
		stack = TestStacks.onFreePorts(dataDir);
		stack.simulate = true;
		stack.start();

		LocalDate firstDay = LocalDate.now(DemoSimulation.ZONE).minusDays(DemoSimulation.DAYS_BACK);
		String from = firstDay.atStartOfDay(DemoSimulation.ZONE).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
		String to = firstDay.plusDays(1)
			.atStartOfDay(DemoSimulation.ZONE)
			.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
		WebTestClient analytics = TestStacks.asAdmin(stack.analyticsPort, TestStacks.adminKey(dataDir));
		await().atMost(Duration.ofSeconds(90))
			.pollInterval(Duration.ofSeconds(2))
			.untilAsserted(() -> analytics.get()
				.uri(b -> b.path("/api/v1/stations/dongsi/readings")
					.queryParam("from", "{from}")
					.queryParam("to", "{to}")
					.build(from, to))
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$[?(@.pollutant == 'PM2_5')]")
				.value(list -> assertThat((List<?>) list).hasSizeGreaterThanOrEqualTo(10)));
	}

}
