package io.cleanair.ingest.reading;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;

import io.cleanair.ingest.support.FixedClock;
import io.cleanair.ingest.support.IngestClient;
import io.cleanair.ingest.support.IngestIntegrationTest;
import io.cleanair.ingest.support.TopicReader;
import io.cleanair.testsupport.PreparedDatabase;
import io.cleanair.testsupport.TestPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database written by the version that kept a reading ledger (schema V3) is migrated at
 * start-up: the ledger is gone, the registry is as it was, and a reading for an hour the
 * ledger held goes on to Kafka as sent (analytics, the store of record, decides whether
 * it is a correction).
 */
@IngestIntegrationTest(database = LedgerRetirementIT.LedgerVersion.class)
@Import(FixedClock.class)
class LedgerRetirementIT {

	/** Schema V3 with a station and a reading in the ledger. */
	static class LedgerVersion implements PreparedDatabase {

		@Override
		public void prepare(TestPostgres.Database database) throws Exception {
			Flyway.configure()
				.dataSource(database.jdbcUrl(), database.username(), database.password())
				.schemas("ingest")
				.defaultSchema("ingest")
				.locations("classpath:db/migration/ingest")
				.target("3")
				.load()
				.migrate();
			try (Connection c = DriverManager.getConnection(database.jdbcUrl(), database.username(),
					database.password())) {
				c.createStatement().execute("SET search_path TO ingest");
				c.createStatement()
					.execute("INSERT INTO station (id, name, district_id, kind, time_zone, hour_label)"
							+ " VALUES ('OLD', 'Old', 'fengtai', 'NATIONAL', 'Asia/Shanghai', 'START')");
				c.createStatement()
					.execute("INSERT INTO reading_ledger (station_id, pollutant, time, value, revision, received_at)"
							+ " VALUES ('OLD', 'PM2_5', '2026-11-28T00:00:00Z', 40, 1, now())");
			}
		}

	}

	@Autowired
	WebTestClient web;

	@Autowired
	JdbcClient jdbc;

	@Value("${aq.topics.readings}")
	String topic;

	@Test
	void theLedgerIsRetiredAndTheRegistryKept() {
		assertThat(jdbc.sql("SELECT count(*) FROM information_schema.tables WHERE table_name = 'reading_ledger'")
			.query(Integer.class)
			.single()).isZero();
		IngestClient ingest = new IngestClient(web);
		web.get()
			.uri("/api/v1/stations/OLD")
			.header("Authorization", "Bearer " + IngestClient.ADMIN_KEY)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.districtId")
			.isEqualTo("fengtai");
		String key = ingest.stationKey("OLD");
		ingest.postJson(key,
				"""
						{"readings":[{"stationId":"OLD","time":"2026-11-28T08:00:00+08:00","pollutant":"PM2_5","value":"40","unit":"ug/m3"}]}""")
			.expectStatus()
			.isAccepted()
			.expectBody()
			.jsonPath("$.accepted")
			.isEqualTo(1);
		List<JsonNode> sent = TopicReader.readings(topic, TopicReader.station("OLD"), 1, Duration.ofSeconds(30));
		assertThat(sent).extracting(n -> n.get("value").asDouble() + "@" + n.get("revision").asInt())
			.containsExactly("40.0@0");
	}

}
