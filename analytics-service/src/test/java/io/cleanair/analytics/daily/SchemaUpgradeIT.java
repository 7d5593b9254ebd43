package io.cleanair.analytics.daily;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;

import io.cleanair.analytics.AnalyticsIntegrationTest;
import io.cleanair.analytics.ReadingsFlowTest;
import io.cleanair.core.assessment.DayAssessment;
import io.cleanair.testsupport.PreparedDatabase;
import io.cleanair.testsupport.TestPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database written by the version before QC flags and day-validity policies were stored
 * (schema V5) is migrated at start-up with nothing lost: its readings, hourly values and
 * daily results are all there, read back the same, and recomputing the day under the
 * current policy gives the same daily result.
 */
@AnalyticsIntegrationTest(database = SchemaUpgradeIT.OldVersion.class)
class SchemaUpgradeIT extends ReadingsFlowTest {

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
		try (Connection c = OldSchema.connect(database)) {
			try (PreparedStatement reading = c
				.prepareStatement("INSERT INTO reading (station_id, district_id, pollutant,"
						+ " time, value, revision, received_at) VALUES ('U1', 'fengtai', ?, ?, ?, ?, now())");
					PreparedStatement hourly = c
						.prepareStatement("INSERT INTO hourly_value (station_id, pollutant, hour,"
								+ " value, samples) VALUES ('U1', ?, ?, ?, 1)")) {
				OldSchema.forEachValue(DAY, (h, t, p, v) -> {
					OldSchema.bindReading(reading, h, t, p, v);
					reading.addBatch();
					OldSchema.bindHourly(hourly, t, p, v);
					hourly.addBatch();
				});
				reading.executeBatch();
				hourly.executeBatch();
			}
			OldSchema.writeStationAndDays(c, DAY, null);
		}
	}

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
