package io.cleanair.ingest.reading;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.cleanair.core.event.ReadingReceived;
import io.cleanair.core.pollutant.Pollutant;
import io.cleanair.ingest.IngestApplication;
import io.cleanair.ingest.reading.ReadingLedger.Entry;
import io.cleanair.ingest.reading.ReadingLedger.SeriesKey;
import io.cleanair.ingest.support.IngestClient;
import io.cleanair.testsupport.AqTestProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The ledger keeps the highest revision per station, pollutant and hour, and gives back what it holds. */
@SpringBootTest(classes = IngestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { IngestApplication.CONFIG_NAME, IngestClient.ADMIN_KEY_PROPERTY })
class ReadingLedgerIT {

	static final Instant T0 = Instant.parse("2026-11-28T00:00:00Z");

	static final Instant RECEIVED = Instant.parse("2026-11-28T03:15:42.123456789Z");

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		AqTestProperties.register(registry, ReadingLedgerIT.class);
	}

	@Autowired
	ReadingLedger ledger;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aHigherRevisionReplacesALowerOneNeverDoesAndAResendChangesNothing() {
		ledger.record(List.of(reading("L1", T0, 40, 0), reading("L1", T0.plusSeconds(3600), 41, 0)));
		ledger.record(List.of(reading("L1", T0, 45, 2)));
		assertThat(held("L1")).containsExactly(new Entry("L1", Pollutant.PM10, T0, 45, 2),
				new Entry("L1", Pollutant.PM10, T0.plusSeconds(3600), 41, 0));

		ledger.record(List.of(reading("L1", T0, 99, 1), reading("L1", T0.plusSeconds(3600), 41, 0)));
		assertThat(held("L1")).containsExactly(new Entry("L1", Pollutant.PM10, T0, 45, 2),
				new Entry("L1", Pollutant.PM10, T0.plusSeconds(3600), 41, 0));

		ledger.record(List.of(reading("L1", T0, 46, 2)));
		assertThat(held("L1")).first().isEqualTo(new Entry("L1", Pollutant.PM10, T0, 46, 2));
	}

	@Test
	void timesAreKeptToTheMicrosecond() {
		Instant odd = Instant.parse("1999-12-31T23:59:59.999999Z");
		ledger.record(List.of(reading("L2", odd, 1, 0)));
		assertThat(held("L2")).extracting(Entry::time).containsExactly(odd);
		assertThat(jdbc.sql("SELECT received_at FROM reading_ledger WHERE station_id = 'L2'")
			.query(java.sql.Timestamp.class)
			.single()
			.toInstant()).isEqualTo(Instant.parse("2026-11-28T03:15:42.123457Z"));
	}

	@Test
	void historyGivesTheEntriesOfEachSeriesWithinItsOwnSpanInclusive() {
		ledger.record(List.of(reading("L3", T0, 1, 0), reading("L3", T0.plus(Duration.ofHours(5)), 2, 0),
				reading("L3", T0.plus(Duration.ofHours(9)), 3, 1), reading("L4", T0, 4, 0),
				ReadingReceived.of("L3", "d", T0, Pollutant.NO2, 5, RECEIVED)));
		SeriesKey l3 = new SeriesKey("L3", Pollutant.PM10);
		SeriesKey l3no2 = new SeriesKey("L3", Pollutant.NO2);
		Map<SeriesKey, List<Entry>> found = ledger.history(Map.of(l3,
				new Instant[] { T0.plus(Duration.ofHours(5)), T0.plus(Duration.ofHours(9)) }, l3no2,
				new Instant[] { T0.minus(Duration.ofHours(1)), T0 }, new SeriesKey("L5", Pollutant.PM10),
				new Instant[] { T0, T0 }));
		assertThat(found).containsOnlyKeys(l3, l3no2);
		assertThat(found.get(l3)).containsExactlyInAnyOrder(new Entry("L3", Pollutant.PM10, T0.plus(Duration.ofHours(5)), 2, 0),
				new Entry("L3", Pollutant.PM10, T0.plus(Duration.ofHours(9)), 3, 1));
		assertThat(found.get(l3no2)).containsExactly(new Entry("L3", Pollutant.NO2, T0, 5, 0));
		assertThat(ledger.history(Map.of())).isEmpty();
	}

	private List<Entry> held(String station) {
		return ledger.history(Map.of(new SeriesKey(station, Pollutant.PM10),
				new Instant[] { T0.minus(Duration.ofDays(10000)), T0.plus(Duration.ofDays(1)) }))
			.values()
			.stream()
			.flatMap(List::stream)
			.sorted(java.util.Comparator.comparing(Entry::time))
			.toList();
	}

	static ReadingReceived reading(String station, Instant time, double value, int revision) {
		return ReadingReceived.of(station, "d", time, Pollutant.PM10, value, RECEIVED).withRevisionAndFlags(revision, List.of());
	}
}
