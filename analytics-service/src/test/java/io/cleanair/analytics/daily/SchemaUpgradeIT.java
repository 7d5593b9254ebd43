package io.cleanair.analytics.daily;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import io.cleanair.analytics.AnalyticsIntegrationTest;
import io.cleanair.analytics.Readings;
import io.cleanair.analytics.TestKeys;
import io.cleanair.core.assessment.DayAssessment;
import io.cleanair.core.assessment.StationDayHours;
import io.cleanair.core.pollutant.Pollutant;
import io.cleanair.testsupport.PreparedDatabase;
import io.cleanair.testsupport.TestPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database written by the version before QC flags and day-validity policies were stored
 * (schema V5) is migrated at start-up with nothing lost: its readings, hourly values and
 * daily results are all there, read back the same, and recomputing the day under the
 * current policy gives the same daily result.
 */
@AnalyticsIntegrationTest(database = SchemaUpgradeIT.OldVersion.class)
class SchemaUpgradeIT {

	private static final LocalDate DAY = LocalDate.of(2014, 6, 1);

	/** The day as the old version stored it. */
	private static final DayAssessment OLD_RESULT = OldSchema.result(DAY);

	/** Schema V5 with the rows the old version wrote. */
	static class OldVersion implements PreparedDatabase {

		@Override
		public void prepare(TestPostgres.Database database) throws Exception {
			OldSchema.migrate(database, "5");
			writeAsTheOldVersionDid(database);
		}

	}

	private static void writeAsTheOldVersionDid(TestPostgres.Database database) throws Exception {
		try (Connection c = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password())) {
			c.createStatement().execute("SET search_path TO analytics");
			try (PreparedStatement reading = c
				.prepareStatement("INSERT INTO reading (station_id, district_id, pollutant,"
						+ " time, value, revision, received_at) VALUES ('U1', 'fengtai', ?, ?, ?, ?, now())");
					PreparedStatement hourly = c
						.prepareStatement("INSERT INTO hourly_value (station_id, pollutant, hour,"
								+ " value, samples) VALUES ('U1', ?, ?, ?, 1)")) {
				StationDayHours hours = OldSchema.dayHours();
				for (int h = 0; h < 24; h++) {
					Instant t = Readings.hour(DAY, h);
					for (Pollutant p : Pollutant.values()) {
						double v = hours.hours(p)[h];
						reading.setString(1, p.name());
						reading.setTimestamp(2, Timestamp.from(t));
						reading.setDouble(3, v);
						reading.setInt(4, h == 3 && p == Pollutant.PM2_5 ? 1 : 0);
						reading.addBatch();
						hourly.setString(1, p.name());
						hourly.setTimestamp(2, Timestamp.from(t));
						hourly.setDouble(3, v);
						hourly.addBatch();
					}
				}
				reading.executeBatch();
				hourly.executeBatch();
			}
			OldSchema.writeStationAndDays(c, DAY, null);
		}
	}

	WebTestClient web;

	@Autowired
	void client(WebTestClient client) {
		this.web = TestKeys.asAdmin(client);
	}

	@Autowired
	JdbcClient jdbc;

	@Test
	void theOldDataIsThereAndRecomputingItGivesTheSameDailyResults() {
		assertThat(jdbc.sql("SELECT count(*) FROM reading WHERE station_id = 'U1' AND qc_flags IS NULL")
			.query(Integer.class)
			.single()).isEqualTo(144);
		assertThat(jdbc.sql("SELECT count(*) FROM hourly_value WHERE qc_mask = 0 AND minutes_sampled = 60")
			.query(Integer.class)
			.single()).isEqualTo(144);
		web.get()
			.uri("/api/v1/stations/U1/readings?from={f}&to={t}", "2014-06-01T03:00:00+08:00",
					"2014-06-01T04:00:00+08:00")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[?(@.pollutant == 'PM2_5')].revision")
			.isEqualTo(1)
			.jsonPath("$[?(@.pollutant == 'PM2_5')].qcFlags.length()")
			.isEqualTo(0);
		daily("district", "fengtai").expectBody()
			.jsonPath("$.items[0].aqi")
			.isEqualTo(OLD_RESULT.result().aqi())
			.jsonPath("$.items[0].validityPolicy")
			.doesNotExist()
			.jsonPath("$.items[0].excluded.length()")
			.isEqualTo(0);

		web.post().uri("/api/v1/recomputations?from={d}&to={d}", DAY, DAY).exchange().expectStatus().isOk();

		for (String[] scope : new String[][] { { "station", "U1" }, { "district", "fengtai" }, { "city", "city" } }) {
			daily(scope[0], scope[1]).expectBody()
				.jsonPath("$.items[0].aqi")
				.isEqualTo(OLD_RESULT.result().aqi())
				.jsonPath("$.items[0].category")
				.isEqualTo(OLD_RESULT.result().category().toString())
				.jsonPath("$.items[0].valid")
				.isEqualTo(true)
				.jsonPath("$.items[0].concentrations.PM2_5_24H")
				.isEqualTo(80.0)
				.jsonPath("$.items[0].validityPolicy")
				.isEqualTo("MISSING_INDICATORS_NA");
		}
	}

	private WebTestClient.ResponseSpec daily(String scope, String id) {
		return web.get()
			.uri("/api/v1/daily?scope={s}&id={id}&from={d}&to={d}", scope, id, DAY, DAY)
			.exchange()
			.expectStatus()
			.isOk();
	}

}
