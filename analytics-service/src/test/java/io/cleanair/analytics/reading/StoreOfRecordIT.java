package io.cleanair.analytics.reading;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.cleanair.analytics.AnalyticsIntegrationTest;
import io.cleanair.analytics.ReadingsFlowTest;
import io.cleanair.core.event.ReadingReceived;
import io.cleanair.core.pollutant.Pollutant;
import io.cleanair.testsupport.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The reading table is the store of record: it decides what a revision is (a different
 * value; an identical resend or a redelivery changes nothing), keeps the values
 * corrections replaced, runs the series QC where the series is stored, and stores the
 * backfill lane's history without real-time station hours.
 */
@AnalyticsIntegrationTest(ownContext = true)
class StoreOfRecordIT extends ReadingsFlowTest {

	static final Instant EIGHT_AM_BEIJING = Instant.parse("2026-11-28T00:00:00Z");

	@Value("${aq.topics.readings-backfill}")
	String backfillTopic;

	@Value("${aq.topics.station-hours}")
	String stationHoursTopic;

	@Test
	void anIdenticalResendChangesNothingAndADifferentValueIsACorrectionWithItsHistory() {
		Instant received = EIGHT_AM_BEIJING.plusSeconds(600);
		ReadingReceived first = reading("R1", EIGHT_AM_BEIJING, Pollutant.CO, 0.8, received);
		send(readingsTopic, first);
		// a client's retry: the same value, received again later (as ingest stamps it),
		// with a new event id
		send(readingsTopic, reading("R1", EIGHT_AM_BEIJING, Pollutant.CO, 0.8, received.plusSeconds(30)));
		// a marker reading behind them on the same partition: once it is stored, the two
		// before it were handled
		send(readingsTopic, reading("R1", EIGHT_AM_BEIJING.plusSeconds(3600), Pollutant.CO, 0.9, received));
		awaitStored("R1", 2);
		assertThat(revisionOf("R1", EIGHT_AM_BEIJING, Pollutant.CO)).isZero();
		assertThat(replacedCount("R1")).isZero();

		Instant corrected = received.plusSeconds(3600);
		send(readingsTopic, reading("R1", EIGHT_AM_BEIJING, Pollutant.CO, 1.1, corrected));
		// the first value redelivered after its correction: received before the stored
		// one, it changes nothing
		send(readingsTopic, first);
		send(readingsTopic, reading("R1", EIGHT_AM_BEIJING.plusSeconds(7200), Pollutant.CO, 0.9, received));
		awaitStored("R1", 3);

		web.get()
			.uri("/api/v1/stations/R1/readings?from={f}&to={t}", "2026-11-28T08:00:00+08:00",
					"2026-11-28T09:00:00+08:00")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(1)
			.jsonPath("$[0].value")
			.isEqualTo(1.1)
			.jsonPath("$[0].revision")
			.isEqualTo(1);
		web.get()
			.uri("/api/v1/stations/R1/revisions?from={f}&to={t}", "2026-11-28T08:00:00+08:00",
					"2026-11-28T09:00:00+08:00")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(1)
			.jsonPath("$[0].pollutant")
			.isEqualTo("CO")
			.jsonPath("$[0].revision")
			.isEqualTo(0)
			.jsonPath("$[0].value")
			.isEqualTo(0.8)
			.jsonPath("$[0].receivedAt")
			.isEqualTo(received.toString())
			.jsonPath("$[0].currentValue")
			.isEqualTo(1.1)
			.jsonPath("$[0].currentRevision")
			.isEqualTo(1);
		assertThat(jdbc.sql("SELECT value FROM hourly_value WHERE station_id = 'R1' AND pollutant = 'CO' AND hour = ?")
			.param(Timestamp.from(EIGHT_AM_BEIJING))
			.query(Double.class)
			.single()).isEqualTo(1.1);
	}

	@Test
	void anHourlyReadingIsItsOwnHourlyValueAndASecondReadingInItsHourMakesAMean() {
		Instant one = EIGHT_AM_BEIJING.plus(Duration.ofHours(5));
		Instant two = one.plus(Duration.ofHours(1));
		send(readingsTopic, reading("W1", one, Pollutant.PM2_5, 40, one.plusSeconds(600)));
		send(readingsTopic, reading("W1", two, Pollutant.PM2_5, 50, two.plusSeconds(600)));
		awaitStored("W1", 2);
		// one row per reading: the readings are the hourly values, nothing is averaged
		assertThat(count("SELECT count(*) FROM reading WHERE station_id = 'W1' AND whole_hour")).isEqualTo(2);
		assertThat(count("SELECT count(*) FROM hourly_mean WHERE station_id = 'W1'")).isZero();
		assertThat(hourly("W1", one)).containsExactly("40 1 60");

		// a sensor's reading at half past, and the first resent unchanged: the hour is
		// now the mean of two readings, each covering half of it
		send(readingsTopic, reading("W1", one.plusSeconds(1800), Pollutant.PM2_5, 60, one.plusSeconds(2400)));
		send(readingsTopic, reading("W1", one, Pollutant.PM2_5, 40, one.plusSeconds(2400)));
		awaitStored("W1", 3);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(hourly("W1", one)).containsExactly("50 2 60"));
		assertThat(jdbc.sql("SELECT whole_hour || ' ' || revision FROM reading WHERE station_id = 'W1' ORDER BY time")
			.query(String.class)
			.list()).containsExactly("false 0", "false 0", "true 0");
		assertThat(hourly("W1", two)).containsExactly("50 1 60");
		assertThat(replacedCount("W1")).isZero();
	}

	private List<String> hourly(String station, Instant hour) {
		return jdbc
			.sql("SELECT value || ' ' || samples || ' ' || minutes_sampled FROM hourly_value"
					+ " WHERE station_id = ? AND pollutant = 'PM2_5' AND hour = ?")
			.params(station, Timestamp.from(hour))
			.query(String.class)
			.list();
	}

	private int count(String sql) {
		return jdbc.sql(sql).query(Integer.class).single();
	}

	@Test
	void aSpikeAndAStuckAnalyserAreFlaggedAgainstTheStoredSeriesAcrossBatches() {
		Instant start = EIGHT_AM_BEIJING.minus(Duration.ofHours(12));
		for (int hour = 0; hour < 12; hour++) {
			if (hour == 11) {
				// the last hour in a batch of its own: the checks see the stored hours,
				// not only the batch's
				awaitStored("Q1", 22);
			}
			Instant t = start.plus(Duration.ofHours(hour));
			send(readingsTopic, reading("Q1", t, Pollutant.PM10, 40, t.plusSeconds(600)));
			send(readingsTopic, reading("Q1", t, Pollutant.NO2, hour < 11 ? 30 + hour : 500, t.plusSeconds(600)));
		}
		awaitStored("Q1", 24);
		Instant last = start.plus(Duration.ofHours(11));
		web.get()
			.uri("/api/v1/stations/Q1/readings?from={f}&to={t}", last, last.plusSeconds(3600))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[?(@.pollutant == 'PM10')].qcFlags[0]")
			.isEqualTo("STUCK")
			.jsonPath("$[?(@.pollutant == 'NO2')].qcFlags[0]")
			.isEqualTo("SPIKE");
		assertThat(jdbc.sql("SELECT count(*) FROM reading WHERE station_id = 'Q1' AND qc_flags IS NOT NULL")
			.query(Integer.class)
			.single()).isEqualTo(2);
	}

	@Test
	void theBackfillLaneStoresHistoryWithoutRealTimeStationHours() throws Exception {
		Instant old = Instant.parse("2024-03-01T00:00:00Z");
		try (TopicReader hours = new TopicReader(stationHoursTopic)) {
			for (int hour = 0; hour < 3; hour++) {
				Instant t = old.plus(Duration.ofHours(hour));
				send(backfillTopic, reading("B1", t, Pollutant.PM2_5, 60 + hour, t.plusSeconds(600)));
			}
			awaitStored("B1", 3);
			assertThat(
					jdbc.sql("SELECT count(*) FROM hourly_value WHERE station_id = 'B1'").query(Integer.class).single())
				.isEqualTo(3);
			// a live reading afterwards: its hour is published, the history's never was
			send(readingsTopic,
					reading("B2", EIGHT_AM_BEIJING, Pollutant.PM2_5, 50, EIGHT_AM_BEIJING.plusSeconds(600)));
			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(hours.values()).anyMatch(v -> v.contains("\"stationId\":\"B2\"")));
			assertThat(hours.values()).noneMatch(v -> v.contains("\"stationId\":\"B1\""));
		}
	}

	private void send(String topic, ReadingReceived reading) {
		kafka.send(topic, reading.stationId(), reading).join();
	}

	private void awaitStored(String station, int readings) {
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(jdbc.sql("SELECT count(*) FROM reading WHERE station_id = ?")
				.param(station)
				.query(Integer.class)
				.single()).isEqualTo(readings));
	}

	private int revisionOf(String station, Instant time, Pollutant p) {
		return jdbc.sql("SELECT revision FROM reading WHERE station_id = ? AND time = ? AND pollutant = ?")
			.params(station, Timestamp.from(time), p.name())
			.query(Integer.class)
			.single();
	}

	private int replacedCount(String station) {
		return jdbc.sql("SELECT count(*) FROM reading_revision WHERE station_id = ?")
			.param(station)
			.query(Integer.class)
			.single();
	}

	private static ReadingReceived reading(String station, Instant time, Pollutant p, double value, Instant received) {
		return new ReadingReceived(UUID.randomUUID(), ReadingReceived.SCHEMA_VERSION, station, "dongcheng", time, p,
				value, p.canonicalUnit(), 0, received, List.of());
	}

}
