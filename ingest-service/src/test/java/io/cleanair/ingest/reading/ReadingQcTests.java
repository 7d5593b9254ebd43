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
	void theSpanCoversTheLookbackBeforeTheEarliestReading() {
		assertThat(qc.span(List.of(reading(T0, 1), reading(T0.plusSeconds(7200), 1))).orElseThrow())
			.containsExactly(T0.minus(Duration.ofHours(12)), T0.plusSeconds(7200));
		assertThat(qc.span(List.of())).isEmpty();
	}

	static ReadingReceived reading(Instant time, double value) {
		return ReadingReceived.of("S", "d", time, Pollutant.PM10, value, T0);
	}
}
