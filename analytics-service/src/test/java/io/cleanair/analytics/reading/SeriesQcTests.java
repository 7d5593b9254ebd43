package io.cleanair.analytics.reading;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.cleanair.analytics.reading.SeriesQc.SeriesKey;
import io.cleanair.core.event.ReadingReceived;
import io.cleanair.core.pollutant.Pollutant;
import io.cleanair.core.qc.SuspiciousValues;
import io.cleanair.core.qc.SuspiciousValues.Earlier;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SeriesQcTests {

	static final Instant T0 = Instant.parse("2026-11-28T00:00:00Z");

	static final SeriesKey S_PM10 = new SeriesKey("S", Pollutant.PM10);

	final SeriesQc qc = new SeriesQc(SuspiciousValues.DEFAULTS);

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
		List<Earlier> stored = new ArrayList<>();
		for (int h = 1; h <= 4; h++) {
			stored.add(new Earlier(T0.minus(Duration.ofHours(h)), 40));
		}
		stored.add(new Earlier(T0, 900));
		assertThat(qc.mark(List.of(reading(T0, 45)), Map.of(S_PM10, stored)).get(0).qcFlags()).isEmpty();
	}

	@Test
	void eachSeriesSpanCoversTheLookbackBeforeItsEarliestReading() {
		ReadingReceived no2 = ReadingReceived.of("S", "d", T0.minus(Duration.ofDays(30)), Pollutant.NO2, 1, T0);
		assertThat(qc.spans(List.of(reading(T0, 1), no2, reading(T0.plusSeconds(7200), 1))))
			.containsOnlyKeys(S_PM10, new SeriesKey("S", Pollutant.NO2))
			.hasEntrySatisfying(S_PM10,
					span -> assertThat(span).containsExactly(T0.minus(Duration.ofHours(12)), T0.plusSeconds(7200)))
			.hasEntrySatisfying(new SeriesKey("S", Pollutant.NO2),
					span -> assertThat(span).containsExactly(T0.minus(Duration.ofDays(30)).minus(Duration.ofHours(12)),
							T0.minus(Duration.ofDays(30))));
		assertThat(qc.spans(List.of())).isEmpty();
	}

	@Test
	void twelveEqualHoursInStoreAndBatchAreStuckWhateverTheOrderOfTheStoredValues() {
		List<Earlier> stored = new ArrayList<>();
		for (int h = 11; h >= 3; h--) {
			stored.add(new Earlier(T0.minus(Duration.ofHours(h)), 40));
		}
		stored.add(new Earlier(T0.minus(Duration.ofHours(2)), 99));
		stored.add(new Earlier(T0.minus(Duration.ofHours(20)), 40));
		// the batch's value for two hours ago replaces the stored 99
		List<ReadingReceived> batch = List.of(reading(T0, 40), reading(T0.minus(Duration.ofHours(1)), 40),
				reading(T0.minus(Duration.ofHours(2)), 40));
		assertThat(qc.mark(batch, Map.of(S_PM10, stored))).extracting(ReadingReceived::qcFlags)
			.containsExactly(List.of("STUCK"), List.of(), List.of());
	}

	@Test
	void theSendersFlagStaysFirstOtherSeriesDoNotCountAndAFlagIsNotAddedTwice() {
		List<Earlier> history = new ArrayList<>();
		for (int h = 1; h <= 4; h++) {
			history.add(new Earlier(T0.minus(Duration.ofHours(h)), 40));
		}
		ReadingReceived flagged = reading(T0, 900).withRevisionAndFlags(0, List.of("sender:calibrating"));
		assertThat(qc.mark(List.of(flagged), Map.of(new SeriesKey("X", Pollutant.PM10), history)).get(0).qcFlags())
			.containsExactly("sender:calibrating");
		assertThat(qc.mark(List.of(flagged), Map.of(S_PM10, history)).get(0).qcFlags())
			.containsExactly("sender:calibrating", "SPIKE");
		// an event published by an older ingest that ran the checks itself
		ReadingReceived checkedBefore = reading(T0, 900).withRevisionAndFlags(0, List.of("SPIKE"));
		assertThat(qc.mark(List.of(checkedBefore), Map.of(S_PM10, history)).get(0).qcFlags()).containsExactly("SPIKE");
	}

	static ReadingReceived reading(Instant time, double value) {
		return ReadingReceived.of("S", "d", time, Pollutant.PM10, value, T0);
	}

}
