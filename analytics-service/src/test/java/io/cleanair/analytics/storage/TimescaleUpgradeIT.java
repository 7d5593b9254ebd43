package io.cleanair.analytics.storage;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;

import io.cleanair.analytics.AnalyticsIntegrationTest;
import io.cleanair.analytics.Readings;
import io.cleanair.analytics.ReadingsFlowTest;
import io.cleanair.testsupport.PreparedDatabase;
import io.cleanair.testsupport.TestPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

/**
 * A TimescaleDB database as the versions before wrote it — the extension created in
 * schema {@code analytics}, hypertables with create_hypertable's default time index —
 * starts with the extension where it is (TimescaleDB cannot move it), loses the redundant
 * indexes, and gets its continuous aggregates (the TimescaleDB run only).
 */
@AnalyticsIntegrationTest(database = TimescaleUpgradeIT.ExtensionInAnalytics.class)
class TimescaleUpgradeIT extends ReadingsFlowTest {

	@Autowired
	StorageMode storage;

	static class ExtensionInAnalytics implements PreparedDatabase {

		@Override
		public void prepare(TestPostgres.Database database) throws Exception {
			Flyway.configure()
				.dataSource(database.jdbcUrl(), database.username(), database.password())
				.schemas("analytics")
				.defaultSchema("analytics")
				.locations("classpath:db/migration/analytics")
				.target("7")
				.load()
				.migrate();
			try (Connection c = DriverManager.getConnection(database.jdbcUrl(), database.username(),
					database.password()); Statement sql = c.createStatement()) {
				try (ResultSet available = sql
					.executeQuery("SELECT count(*) FROM pg_available_extensions WHERE name = 'timescaledb'")) {
					available.next();
					if (available.getInt(1) == 0) {
						return;
					}
				}
				sql.execute("SET search_path TO analytics");
				sql.execute("CREATE EXTENSION timescaledb");
				sql.execute("SELECT create_hypertable('reading', 'time', migrate_data => TRUE)");
				sql.execute("SELECT create_hypertable('hourly_value', 'hour', migrate_data => TRUE)");
			}
		}

	}

	@BeforeEach
	void onTimescale() {
		assumeThat(storage.timescale()).as("TimescaleDB run").isTrue();
	}

	@Test
	void theExtensionStaysInAnalyticsTheDefaultIndexesGoAndTheAggregatesWork() {
		assertThat(jdbc
			.sql("SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace"
					+ " WHERE e.extname = 'timescaledb'")
			.query(String.class)
			.single()).isEqualTo("analytics");
		assertThat(jdbc
			.sql("SELECT indexname FROM pg_indexes WHERE schemaname = 'analytics'"
					+ " AND tablename IN ('reading', 'hourly_mean') ORDER BY 1")
			.query(String.class)
			.list()).containsExactly("hourly_mean_pkey", "reading_pkey");

		LocalDate day = LocalDate.of(2026, 6, 11);
		Readings.day("U1", "fengtai", day, 30, 24).forEach(r -> kafka.send(readingsTopic, r.stationId(), r));
		kafka.flush();
		await().atMost(Duration.ofSeconds(60))
			.until(() -> jdbc
				.sql("SELECT count(*) FROM district_hour WHERE district_id = 'fengtai'" + " AND pollutant = 'PM2_5'")
				.query(Integer.class)
				.single() == 24);
		assertThat(jdbc.sql("SELECT count(*) FROM timescaledb_information.continuous_aggregates")
			.query(Integer.class)
			.single()).isEqualTo(2);
	}

}
