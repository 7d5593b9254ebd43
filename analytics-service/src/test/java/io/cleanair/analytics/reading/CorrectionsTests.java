package io.cleanair.analytics.reading;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.cleanair.core.event.ReadingReceived;
import io.cleanair.core.pollutant.Pollutant;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CorrectionsTests {

	static final Instant T0 = Instant.parse("2026-11-28T00:00:00Z");

	@Test
	void aBatchWithOneValuePerKeyIsOneRound() {
		List<ReadingReceived> batch = List.of(reading(T0, 40, 0), reading(T0.plusSeconds(3600), 41, 0));
		assertThat(Corrections.rounds(batch)).containsExactly(batch);
	}

	@Test
	void aValueAndItsCorrectionsInOneBatchAreAppliedInTheOrderTheyArrivedAndARetryIsLeftOut() {
		ReadingReceived first = reading(T0, 40, 0);
		ReadingReceived retry = reading(T0, 40, 1);
		ReadingReceived correction = reading(T0, 44, 2);
		ReadingReceived other = reading(T0.plusSeconds(3600), 50, 0);
		// the correction came first in the batch but was received last
		List<List<ReadingReceived>> rounds = Corrections.rounds(List.of(correction, other, retry, first));
		assertThat(rounds).hasSize(2);
		assertThat(rounds.get(0)).containsExactlyInAnyOrder(other, first);
		assertThat(rounds.get(1)).containsExactly(correction);
	}

	private static ReadingReceived reading(Instant time, double value, int secondsLater) {
		return new ReadingReceived(UUID.randomUUID(), ReadingReceived.SCHEMA_VERSION, "S", "d", time, Pollutant.PM2_5,
				value, Pollutant.PM2_5.canonicalUnit(), 0, time.plusSeconds(600 + secondsLater), List.of());
	}

}
