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
 * A database written by the version whose ingest decided revisions (schema V6: readings
 * with revisions and QC flags, hourly values with flag masks and minutes sampled, daily
 * results with their policy) is migrated to the store of record (V7) with nothing lost:
 * everything reads back the same, a correction of an old reading keeps the value it
 * replaces, an identical resend changes nothing, and recomputing the day gives the same
 * daily results.
 */
@AnalyticsIntegrationTest(database = StoreOfRecordUpgradeIT.OldVersion.class)
class StoreOfRecordUpgradeIT extends ReadingsFlowTest {

	private static final LocalDate DAY = LocalDate.of(2014, 6, 1);

	private static final Instant THREE_AM = Readings.hour(DAY, 3);

	/** The day as the old version stored it. */
	private static final DayAssessment OLD_RESULT = OldSchema.result(DAY);

	/** Schema V6 with the rows the old version wrote. */
	static class OldVersion implements PreparedDatabase {

		@Override
		public void prepare(TestPostgres.Database database) throws Exception {
			OldSchema.migrate(database, "6");
			writeAsTheOldVersionDid(database);
		}

	}

	private static final Instant RECEIVED = Instant.parse("2014-06-02T00:00:00Z");

	private static void writeAsTheOldVersionDid(TestPostgres.Database database) throws Exception {
		try (Connection c = OldSchema.connect(database)) {
			try (PreparedStatement reading = c
				.prepareStatement("INSERT INTO reading (station_id, district_id, pollutant,"
						+ " time, value, revision, received_at, qc_flags) VALUES ('U1', 'fengtai', ?, ?, ?, ?, ?, ?)");
					PreparedStatement hourly = c
						.prepareStatement("INSERT INTO hourly_value (station_id, pollutant, hour,"
								+ " value, samples, qc_mask, minutes_sampled) VALUES ('U1', ?, ?, ?, 1, ?, 60)")) {
				OldSchema.forEachValue(DAY, (h, t, p, v) -> {
					OldSchema.bindReading(reading, h, t, p, v);
					reading.setTimestamp(5, Timestamp.from(RECEIVED));
					boolean flagged = h == 5 && p == Pollutant.O3;
					reading.setArray(6, flagged ? c.createArrayOf("text", new String[] { "STUCK" }) : null);
					reading.addBatch();
					OldSchema.bindHourly(hourly, t, p, v);
					hourly.setInt(4, flagged ? 2 : 0);
					hourly.addBatch();
				});
				reading.executeBatch();
				hourly.executeBatch();
			}
			OldSchema.writeStationAndDays(c, DAY, "MISSING_INDICATORS_NA");
		}
	}

	@Value("${aq.topics.readings-backfill}")
	String backfillTopic;

	@Test
	void theOldDataIsThereCorrectionsKeepTheirHistoryAndRecomputingGivesTheSameDailyResults() {
		assertThat(jdbc.sql("SELECT count(*) FROM reading WHERE station_id = 'U1'").query(Integer.class).single())
			.isEqualTo(144);
		assertThat(
				jdbc.sql("SELECT count(*) FROM hourly_value WHERE minutes_sampled = 60").query(Integer.class).single())
			.isEqualTo(144);
		assertThat(jdbc.sql("SELECT count(*) FROM reading_revision").query(Integer.class).single()).isZero();
		web.get()
			.uri("/api/v1/stations/U1/readings?from={f}&to={t}", "2014-06-01T03:00:00+08:00",
					"2014-06-01T06:00:00+08:00")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(18)
			.jsonPath("$[?(@.pollutant == 'PM2_5' && @.revision == 1)].value")
			.isEqualTo(List.of(80.0))
			.jsonPath("$[?(@.pollutant == 'O3')].qcFlags")
			.isEqualTo(List.of(List.of(), List.of(), List.of("STUCK")));
		for (String[] scope : SCOPES) {
			daily(scope[0], scope[1]).expectBody()
				.jsonPath("$.items[0].aqi")
				.isEqualTo(OLD_RESULT.result().aqi())
				.jsonPath("$.items[0].validityPolicy")
				.isEqualTo("MISSING_INDICATORS_NA");
		}

		// the old version's revision 1 of 03:00 PM2.5 is resent unchanged, then
		// corrected; SO2 is resent unchanged
		send(Pollutant.PM2_5, 80, RECEIVED.plusSeconds(60));
		send(Pollutant.SO2, 10, RECEIVED.plusSeconds(60));
		send(Pollutant.PM2_5, 80, RECEIVED.plusSeconds(120));
		// behind them on the partition, a correction: once it is stored, the resends were
		// handled
		send(Pollutant.PM2_5, 85, RECEIVED.plusSeconds(180));
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(jdbc.sql(
					"SELECT value || '@' || revision FROM reading WHERE station_id = 'U1' AND pollutant = 'PM2_5' AND time = ?")
				.param(Timestamp.from(THREE_AM))
				.query(String.class)
				.single()).isEqualTo("85@2"));
		// the resends changed nothing: one replaced value, the old version's revision 1
		assertThat(jdbc
			.sql("SELECT pollutant || ' ' || value || '@' || revision FROM reading_revision WHERE station_id = 'U1'")
			.query(String.class)
			.list()).containsExactly("PM2_5 80@1");
		assertThat(jdbc.sql("SELECT revision FROM reading WHERE station_id = 'U1' AND pollutant = 'SO2' AND time = ?")
			.param(Timestamp.from(THREE_AM))
			.query(Integer.class)
			.single()).isZero();
		// the corrected day is recomputed from the stored hours; put back, it is the old
		// day again
		send(Pollutant.PM2_5, 80, RECEIVED.plusSeconds(240));
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(jdbc.sql("SELECT count(*) FROM reading_revision WHERE station_id = 'U1'")
				.query(Integer.class)
				.single()).isEqualTo(2));

		web.post().uri("/api/v1/recomputations?from={d}&to={d}", DAY, DAY).exchange().expectStatus().isOk();

		for (String[] scope : SCOPES) {
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

	private static final String[][] SCOPES = { { "station", "U1" }, { "district", "fengtai" }, { "city", "city" } };

	/** 2014 is history: it travels the backfill lane. */
	private void send(Pollutant p, double value, Instant received) {
		kafka
			.send(backfillTopic, "U1",
					new ReadingReceived(UUID.randomUUID(), ReadingReceived.SCHEMA_VERSION, "U1", "fengtai", THREE_AM, p,
							value, p.canonicalUnit(), 0, received, List.of()))
			.join();
	}

	private WebTestClient.ResponseSpec daily(String scope, String id) {
		return web.get()
			.uri("/api/v1/daily?scope={s}&id={id}&from={d}&to={d}", scope, id, DAY, DAY)
			.exchange()
			.expectStatus()
			.isOk();
	}

}
