package io.cleanair.analytics.daily;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.cleanair.analytics.AnalyticsIntegrationTest;
import io.cleanair.analytics.Readings;
import io.cleanair.analytics.ReadingsFlowTest;
import io.cleanair.core.assessment.DayAssessment;
import io.cleanair.core.event.ReadingReceived;
import io.cleanair.core.pollutant.Pollutant;
import io.cleanair.testsupport.PreparedDatabase;
import io.cleanair.testsupport.TestPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A database written by the version that stored every hourly value a second time (schema
 * V14: readings, and hourly values averaged from them, one per reading of an hourly
 * station) is migrated to hourly readings that are their own hourly values (V15): the
 * readings that were their hour's only one lose their copy, an hour of a sub-hourly
 * sensor keeps its averaged row, every hourly value reads back as before, and recomputing
 * the day gives the daily results the old version stored.
 */
@AnalyticsIntegrationTest(database = HourlyReadingsUpgradeIT.OldVersion.class)
class HourlyReadingsUpgradeIT extends ReadingsFlowTest {

	private static final LocalDate DAY = LocalDate.of(2014, 6, 1);

	private static final Instant RECEIVED = Instant.parse("2014-06-02T00:00:00Z");

	private static final DayAssessment OLD_RESULT = OldSchema.result(DAY);

	/** PM10 at 06:00 came from a sensor reporting every half hour: 110 and 130. */
	private static final Instant SIX_AM = Readings.hour(DAY, 6);

	/** Schema V14 with the rows the old version wrote. */
	static class OldVersion implements PreparedDatabase {

		@Override
		public void prepare(TestPostgres.Database database) throws Exception {
			OldSchema.migrate(database, "14");
			try (Connection c = OldSchema.connect(database)) {
				try (PreparedStatement reading = c
					.prepareStatement("INSERT INTO reading (station_id, district_id, pollutant, time, value, revision,"
							+ " received_at, qc_flags) VALUES ('U1', 'fengtai', ?, ?, ?, ?, ?, ?)");
						PreparedStatement hourly = c.prepareStatement("INSERT INTO hourly_value (station_id, pollutant,"
								+ " hour, value, samples, qc_mask, minutes_sampled) VALUES ('U1', ?, ?, ?, ?, ?, 60)")) {
					OldSchema.forEachValue(DAY, (h, t, p, v) -> {
						boolean halfHourly = t.equals(SIX_AM) && p == Pollutant.PM10;
						boolean flagged = h == 5 && p == Pollutant.O3;
						OldSchema.bindReading(reading, h, t, p, halfHourly ? v - 10 : v);
						reading.setTimestamp(5, Timestamp.from(RECEIVED));
						reading.setArray(6, flagged ? c.createArrayOf("text", new String[] { "STUCK" }) : null);
						reading.addBatch();
						if (halfHourly) {
							OldSchema.bindReading(reading, h, t.plusSeconds(1800), p, v + 10);
							reading.setTimestamp(5, Timestamp.from(RECEIVED));
							reading.setArray(6, null);
							reading.addBatch();
						}
						OldSchema.bindHourly(hourly, t, p, v);
						hourly.setInt(4, halfHourly ? 2 : 1);
						hourly.setInt(5, flagged ? 2 : 0);
						hourly.addBatch();
					});
					reading.executeBatch();
					hourly.executeBatch();
				}
				OldSchema.writeStationAndDays(c, DAY, "MISSING_INDICATORS_NA");
			}
		}

	}

	@Value("${aq.topics.readings-backfill}")
	String backfillTopic;

	@Test
	void hourlyReadingsLoseTheirCopyEveryHourlyValueReadsTheSameAndRecomputingGivesTheSameDays() {
		assertThat(count("SELECT count(*) FROM reading WHERE station_id = 'U1'")).isEqualTo(145);
		assertThat(count("SELECT count(*) FROM reading WHERE station_id = 'U1' AND whole_hour")).isEqualTo(143);
		assertThat(jdbc.sql("SELECT pollutant || ' ' || value || ' ' || samples FROM hourly_mean")
			.query(String.class)
			.list()).containsExactly("PM10 120 2");
		// every hourly value as the old version had it: the day's values, the flag, the
		// half-hourly sensor's mean
		assertThat(count("SELECT count(*) FROM hourly_value WHERE station_id = 'U1' AND minutes_sampled = 60"))
			.isEqualTo(144);
		for (Pollutant p : Pollutant.values()) {
			double expected = OldSchema.dayHours().hours(p)[0];
			assertThat(jdbc.sql("SELECT DISTINCT value FROM hourly_value WHERE station_id = 'U1' AND pollutant = ?")
				.param(p.name())
				.query(Double.class)
				.list()).as(p.name()).containsExactly(expected);
		}
		assertThat(jdbc.sql("SELECT hour FROM hourly_value WHERE qc_mask = 2").query(Timestamp.class).list())
			.containsExactly(Timestamp.from(Readings.hour(DAY, 5)));

		web.post().uri("/api/v1/recomputations?from={d}&to={d}", DAY, DAY).exchange().expectStatus().isOk();
		expectTheOldDays();

		// a second reading within 07:00 of PM2.5: the hour becomes a mean of two, the
		// first reading is no longer the hour's value, and the day is unchanged (80, 80)
		Instant seven = Readings.hour(DAY, 7);
		kafka
			.send(backfillTopic, "U1",
					new ReadingReceived(UUID.randomUUID(), ReadingReceived.SCHEMA_VERSION, "U1", "fengtai",
							seven.plusSeconds(1800), Pollutant.PM2_5, 80, Pollutant.PM2_5.canonicalUnit(), 0,
							RECEIVED.plusSeconds(60), List.of()))
			.join();
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(count("SELECT count(*) FROM hourly_mean")).isEqualTo(2));
		assertThat(
				jdbc.sql("SELECT whole_hour FROM reading WHERE station_id = 'U1' AND pollutant = 'PM2_5' AND time = ?")
					.param(Timestamp.from(seven))
					.query(Boolean.class)
					.single())
			.isFalse();
		assertThat(jdbc
			.sql("SELECT value || ' ' || samples || ' ' || minutes_sampled FROM hourly_value"
					+ " WHERE station_id = 'U1' AND pollutant = 'PM2_5' AND hour = ?")
			.param(Timestamp.from(seven))
			.query(String.class)
			.list()).containsExactly("80 2 60");
		expectTheOldDays();
	}

	private void expectTheOldDays() {
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
				.jsonPath("$.items[0].concentrations.PM10_24H")
				.isEqualTo(120.0);
		}
	}

	private int count(String sql) {
		return jdbc.sql(sql).query(Integer.class).single();
	}

	private WebTestClient.ResponseSpec daily(String scope, String id) {
		return web.get()
			.uri("/api/v1/daily?scope={s}&id={id}&from={d}&to={d}", scope, id, DAY, DAY)
			.exchange()
			.expectStatus()
			.isOk();
	}

}
