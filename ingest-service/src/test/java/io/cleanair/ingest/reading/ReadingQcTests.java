package io.cleanair.ingest.reading;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.cleanair.core.event.ReadingReceived;
import io.cleanair.core.pollutant.Pollutant;
import io.cleanair.core.qc.SuspiciousValues;
import io.cleanair.ingest.reading.ReadingLedger.Entry;
import io.cleanair.ingest.reading.ReadingLedger.SeriesKey;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ReadingQcTests {

	static final Instant T0 = Instant.parse("2026-11-28T00:00:00Z");

	final ReadingQc qc = new ReadingQc(SuspiciousValues.DEFAULTS, Duration.ofHours(12));

	@Test
	void aValueForAnHourTheLedgerHoldsIsTheNextRevision() {
		Map<SeriesKey, List<Entry>> ledger = Map.of(new SeriesKey("S", Pollutant.PM10),
				List.of(new Entry("S", Pollutant.PM10, T0, 80, 2)));
		assertThat(qc.mark(List.of(reading(T0, 85), reading(T0.plusSeconds(3600), 85)), ledger))
			.extracting(ReadingReceived::revision)
			.containsExactly(3, 0);
	}

	@Test
	void earlierHoursOfTheSameBatchAreHistoryForTheSpikeCheck() {
		List<ReadingReceived> batch = new ArrayList<>();
		for (int h = 0; h < 4; h++) {
			batch.add(reading(T0.plus(Duration.ofHours(h)), 40));
		}
		batch.add(reading(T0.plus(Duration.ofHours(4)), 900));
		assertThat(qc.mark(batch, Map.of())).extracting(ReadingReceived::qcFlags)
			.containsExactly(List.of(), List.of(), List.of(), List.of(), List.of("SPIKE"));
	}

	@Test
	void aCorrectionIsJudgedAgainstItsNeighboursNotTheValueItReplaces() {
		List<Entry> earlier = new ArrayList<>();
		for (int h = 1; h <= 4; h++) {
			earlier.add(new Entry("S", Pollutant.PM10, T0.minus(Duration.ofHours(h)), 40, 0));
		}
		earlier.add(new Entry("S", Pollutant.PM10, T0, 900, 0));
		ReadingReceived corrected = qc.mark(List.of(reading(T0, 45)), Map.of(new SeriesKey("S", Pollutant.PM10), earlier)).get(0);
		assertThat(corrected.revision()).isEqualTo(1);
		assertThat(corrected.qcFlags()).isEmpty();
	}

	@Test
	void eachSeriesSpanCoversTheLookbackBeforeItsEarliestReading() {
		ReadingReceived no2 = ReadingReceived.of("S", "d", T0.minus(Duration.ofDays(30)), Pollutant.NO2, 1, T0);
		assertThat(qc.spans(List.of(reading(T0, 1), no2, reading(T0.plusSeconds(7200), 1))))
			.containsOnlyKeys(new SeriesKey("S", Pollutant.PM10), new SeriesKey("S", Pollutant.NO2))
			.hasEntrySatisfying(new SeriesKey("S", Pollutant.PM10), span -> assertThat(span)
				.containsExactly(T0.minus(Duration.ofHours(12)), T0.plusSeconds(7200)))
			.hasEntrySatisfying(new SeriesKey("S", Pollutant.NO2), span -> assertThat(span)
				.containsExactly(T0.minus(Duration.ofDays(30)).minus(Duration.ofHours(12)), T0.minus(Duration.ofDays(30))));
		assertThat(qc.spans(List.of())).isEmpty();
	}

	@Test
	void twelveEqualHoursInLedgerAndBatchAreStuckWhateverTheOrderOfTheEntries() {
		List<Entry> earlier = new ArrayList<>();
		for (int h = 11; h >= 3; h--) {
			earlier.add(new Entry("S", Pollutant.PM10, T0.minus(Duration.ofHours(h)), 40, 0));
		}
		earlier.add(new Entry("S", Pollutant.PM10, T0.minus(Duration.ofHours(2)), 99, 0));
		earlier.add(new Entry("S", Pollutant.PM10, T0.minus(Duration.ofHours(20)), 40, 0));
		// the batch's value for two hours ago replaces the ledger's 99
		List<ReadingReceived> batch = List.of(reading(T0, 40), reading(T0.minus(Duration.ofHours(1)), 40),
				reading(T0.minus(Duration.ofHours(2)), 40));
		assertThat(qc.mark(batch, Map.of(new SeriesKey("S", Pollutant.PM10), earlier)))
			.extracting(ReadingReceived::qcFlags, ReadingReceived::revision)
			.containsExactly(tuple(List.of("STUCK"), 0), tuple(List.of(), 0), tuple(List.of(), 1));
	}

	@Test
	void theSendersFlagStaysFirstAndOtherSeriesDoNotCount() {
		List<Entry> otherStation = new ArrayList<>();
		for (int h = 1; h <= 4; h++) {
			otherStation.add(new Entry("X", Pollutant.PM10, T0.minus(Duration.ofHours(h)), 40, 0));
		}
		ReadingReceived flagged = reading(T0, 900).withRevisionAndFlags(0, List.of("sender:calibrating"));
		List<ReadingReceived> batch = new ArrayList<>(List.of(flagged));
		for (int h = 1; h <= 4; h++) {
			batch.add(ReadingReceived.of("S", "d", T0.minus(Duration.ofHours(h)), Pollutant.NO2, 40, T0));
		}
		assertThat(qc.mark(batch, Map.of(new SeriesKey("X", Pollutant.PM10), otherStation)).get(0).qcFlags())
			.containsExactly("sender:calibrating");
		List<Entry> ownHistory = otherStation.stream()
			.map(e -> new Entry("S", Pollutant.PM10, e.time(), e.value(), e.revision()))
			.toList();
		assertThat(qc.mark(List.of(flagged), Map.of(new SeriesKey("S", Pollutant.PM10), ownHistory)).get(0).qcFlags())
			.containsExactly("sender:calibrating", "SPIKE");
	}

	static ReadingReceived reading(Instant time, double value) {
		return ReadingReceived.of("S", "d", time, Pollutant.PM10, value, T0);
	}
}
