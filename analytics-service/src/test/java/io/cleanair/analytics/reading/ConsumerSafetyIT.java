package io.cleanair.analytics.reading;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.cleanair.analytics.AnalyticsIntegrationTest;
import io.cleanair.analytics.Readings;
import io.cleanair.analytics.ReadingsFlowTest;
import io.cleanair.testsupport.TopicReader;
import io.cleanair.core.event.ReadingReceived;
import io.cleanair.testsupport.TestInfrastructure;
import io.cleanair.testsupport.TestPostgres;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Poison records go to the dead-letter topic with the reason; a database outage pauses
 * consumption without loss.
 */
@AnalyticsIntegrationTest(ownContext = true)
@TestPropertySource(properties = "spring.datasource.hikari.connection-timeout=1000")
class ConsumerSafetyIT extends ReadingsFlowTest {

	@Value("${spring.datasource.url}")
	String jdbcUrl;

	/**
	 * JSON that is not a reading, on the JSON topic of older ingests; the compact topics'
	 * poison records: {@link ReadingEncodingsIT}.
	 */
	@Test
	void poisonRecordGoesToTheDeadLetterTopicWithTheReasonAndTheRestIsStored() {
		kafka.send(readingsV1Topic, "S1", "not a reading").join();
		Readings.day("S1", "dongcheng", LocalDate.of(2026, 7, 1), 30, 1)
			.subList(0, 1)
			.forEach(r -> kafka.send(readingsV1Topic, r.stationId(), r).join());

		try (TopicReader dlt = new TopicReader(readingsV1Topic + ".DLT")) {
			await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(dlt.records()).hasSize(1));
			ConsumerRecord<String, String> dead = dlt.records().get(0);
			Header reason = dead.headers().lastHeader("kafka_dlt-exception-message");
			assertThat(new String(reason.value(), StandardCharsets.UTF_8)).contains("failed to deserialize");
			assertThat(dead.value()).contains("not a reading");
		}
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(
					jdbc.sql("SELECT count(*) FROM reading WHERE station_id = 'S1'").query(Integer.class).single())
				.isEqualTo(1));
	}

	@Test
	void databaseOutagePausesConsumptionAndItResumesWithoutLossOrDoubleCounting() throws Exception {
		LocalDate day = LocalDate.of(2026, 7, 2);
		List<ReadingReceived> readings = Readings.day("S2", "xicheng", day, 40, 24);
		String database = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1).split("\\?")[0];
		long before = committedOffset();
		admin("ALTER DATABASE " + database + " ALLOW_CONNECTIONS false",
				"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database + "'");
		try {
			send(readings);
			// while the database is down nothing is committed: the batch waits
			await().during(Duration.ofSeconds(4))
				.atMost(Duration.ofSeconds(6))
				.until(() -> committedOffset() == before);
		}
		finally {
			admin("ALTER DATABASE " + database + " ALLOW_CONNECTIONS true");
		}
		// the consumer may take the readings in more than one batch, and a valid day
		// needs only some: wait for all
		await().atMost(Duration.ofSeconds(90))
			.ignoreExceptions()
			.untilAsserted(() -> assertThat(
					jdbc.sql("SELECT count(*) FROM reading WHERE station_id = 'S2'").query(Integer.class).single())
				.isGreaterThanOrEqualTo(readings.size()));
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(jdbc
				.sql("SELECT count(*) FROM daily_result WHERE scope = 'DISTRICT' AND scope_id = 'xicheng' AND valid")
				.query(Integer.class)
				.single()).isEqualTo(1));
		assertThat(jdbc.sql("SELECT count(*) FROM reading WHERE station_id = 'S2'").query(Integer.class).single())
			.isEqualTo(readings.size());
		assertThat(
				jdbc.sql("SELECT sum(samples) FROM hourly_value WHERE station_id = 'S2'").query(Integer.class).single())
			.isEqualTo(readings.size());
		// offsets are committed after each batch's transaction: the last commit may
		// follow a moment later
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(committedOffset()).isGreaterThanOrEqualTo(before + readings.size()));
	}

	private long committedOffset() throws Exception {
		try (Admin admin = Admin.create(
				Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().bootstrapServers()))) {
			OffsetAndMetadata offset = admin.listConsumerGroupOffsets("readings")
				.partitionsToOffsetAndMetadata()
				.get()
				.get(new TopicPartition(readingsTopic, 0));
			return offset == null ? 0 : offset.offset();
		}
	}

	private static void admin(String... statements) throws Exception {
		TestPostgres pg = TestInfrastructure.postgres();
		try (Connection c = DriverManager.getConnection(pg.adminJdbcUrl(), pg.username(), pg.password());
				Statement s = c.createStatement()) {
			for (String sql : statements) {
				s.execute(sql);
			}
		}
	}

	private void send(List<ReadingReceived> readings) {
		readings.forEach(r -> kafka.send(readingsTopic, r.stationId(), r));
		kafka.flush();
	}

}
