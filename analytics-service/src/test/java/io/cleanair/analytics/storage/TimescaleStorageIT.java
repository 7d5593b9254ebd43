package io.cleanair.analytics.storage;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.cleanair.analytics.AnalyticsIntegrationTest;
import io.cleanair.analytics.Readings;
import io.cleanair.analytics.ReadingsFlowTest;
import io.cleanair.core.event.ReadingReceived;
import io.cleanair.core.pollutant.Pollutant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

/**
 * TimescaleDB used as TimescaleDB (the TimescaleDB run only; on plain PostgreSQL every
 * test is skipped): the extension in its own schema, hypertables with no index besides
 * their primary keys, a late correction into compressed chunks recomputing its day, and
 * the hourly district means of the continuous aggregate taking in the correction at the
 * next refresh.
 */
@AnalyticsIntegrationTest(ownContext = true)
class TimescaleStorageIT extends ReadingsFlowTest {

	static final LocalDate DAY = LocalDate.of(2026, 6, 10);

	@Autowired
	StorageMode storage;

	@BeforeEach
	void onTimescale() {
		assumeThat(storage.timescale()).as("TimescaleDB run").isTrue();
	}

	@Test
	void theExtensionLivesInItsOwnSchemaAndTheHypertablesHaveOnlyTheirPrimaryKeys() {
		assertThat(jdbc
			.sql("SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace"
					+ " WHERE e.extname = 'timescaledb'")
			.query(String.class)
			.single()).isEqualTo("timescaledb");
		assertThat(jdbc
			.sql("SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace"
					+ " WHERE n.nspname = 'analytics' AND p.proname = 'time_bucket'")
			.query(Integer.class)
			.single()).isZero();
		assertThat(jdbc
			.sql("SELECT indexname FROM pg_indexes WHERE schemaname = 'analytics'"
					+ " AND tablename IN ('reading', 'hourly_mean') ORDER BY 1")
			.query(String.class)
			.list()).containsExactly("hourly_mean_pkey", "reading_pkey");
		assertThat(jdbc.sql("SELECT view_name FROM timescaledb_information.continuous_aggregates ORDER BY 1")
			.query(String.class)
			.list()).containsExactly("city_hour_agg", "district_hour_agg");
	}

	@Test
	void aLateCorrectionIntoCompressedChunksRecomputesItsDayAndTheDistrictMeans() {
		send(Readings.day("S1", "dongcheng", DAY, 30, 24));
		send(Readings.day("S2", "dongcheng", DAY, 50, 24));
		// a sensor reporting every half hour, in a district of its own: 20 and 40, hourly
		// means of 30 in hourly_mean
		List<ReadingReceived> halfHourly = new ArrayList<>();
		for (int h = 0; h < 24; h++) {
			halfHourly.add(Readings.at("S3", "xicheng", Readings.hour(DAY, h), Pollutant.PM2_5, 20, 0));
			halfHourly
				.add(Readings.at("S3", "xicheng", Readings.hour(DAY, h).plusSeconds(1800), Pollutant.PM2_5, 40, 0));
		}
		send(halfHourly);
		await().atMost(Duration.ofSeconds(60)).until(() -> districtPm25() != null && districtPm25() == 40.0);
		await().atMost(Duration.ofSeconds(60)).until(() -> hourlyMean("xicheng") == 30.0);
		refresh("district_hour_agg");
		assertThat(hourlyDistrictMean()).isEqualTo(40.0);

		compressEverything("reading");
		compressEverything("hourly_mean");
		List<ReadingReceived> corrections = new ArrayList<>();
		for (int h = 0; h < 24; h++) {
			corrections.add(Readings.at("S1", "dongcheng", Readings.hour(DAY, h), Pollutant.PM2_5, 70, 1));
			corrections
				.add(Readings.at("S3", "xicheng", Readings.hour(DAY, h).plusSeconds(1800), Pollutant.PM2_5, 60, 1));
		}
		send(corrections);

		await().atMost(Duration.ofSeconds(60)).until(() -> districtPm25() == 60.0);
		assertThat(jdbc.sql("SELECT pm2_5_24h FROM daily_result WHERE scope = 'STATION' AND scope_id = 'S1'")
			.query(Double.class)
			.single()).isEqualTo(70.0);
		assertThat(jdbc.sql("SELECT max(revision) FROM reading WHERE station_id = 'S1' AND pollutant = 'PM2_5'")
			.query(Integer.class)
			.single()).isEqualTo(1);
		refresh("district_hour_agg");
		assertThat(hourlyDistrictMean()).isEqualTo(60.0);
		// the sensor's averaged hours, compressed too, are recomputed: (20 + 60) / 2
		await().atMost(Duration.ofSeconds(60)).until(() -> hourlyMean("xicheng") == 40.0);
		assertThat(
				jdbc.sql("SELECT DISTINCT value FROM hourly_value WHERE station_id = 'S3'").query(Double.class).list())
			.containsExactly(40.0);
	}

	private Double districtPm25() {
		return jdbc
			.sql("SELECT pm2_5_24h FROM daily_result WHERE scope = 'DISTRICT' AND scope_id = 'dongcheng' AND day = ?")
			.param(DAY)
			.query(Double.class)
			.optional()
			.orElse(null);
	}

	/**
	 * The mean of the district's hourly PM2.5 means that day, as the trends read them.
	 */
	private double hourlyDistrictMean() {
		return hourlyMean("dongcheng");
	}

	private double hourlyMean(String district) {
		Double mean = jdbc
			.sql("SELECT avg(value) FROM district_hour WHERE district_id = ? AND pollutant = 'PM2_5'"
					+ " AND hour >= ? AND hour < ?")
			.params(district, java.sql.Timestamp.from(Readings.hour(DAY, 0)),
					java.sql.Timestamp.from(Readings.hour(DAY, 24)))
			.query(Double.class)
			.single();
		return mean == null ? Double.NaN : mean;
	}

	private void compressEverything(String table) {
		int compressed = jdbc
			.sql("SELECT count(timescaledb.compress_chunk(c, if_not_compressed => TRUE))"
					+ " FROM timescaledb.show_chunks('" + table + "') c")
			.query(Integer.class)
			.single();
		assertThat(compressed).as("chunks of %s compressed", table).isPositive();
	}

	private void refresh(String aggregate) {
		jdbc.sql("CALL timescaledb.refresh_continuous_aggregate('" + aggregate + "', NULL, NULL)").update();
	}

	private void send(List<ReadingReceived> readings) {
		readings.forEach(r -> kafka.send(readingsTopic, r.stationId(), r));
		kafka.flush();
	}

}
