package io.cleanair.bench.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LatenciesTests {

	@Test
	void percentilesOfOneToHundredMillisecondsAreTheRankedValues() {
		Latencies latencies = new Latencies();
		for (int ms = 100; ms >= 1; ms--) {
			latencies.recordNanos(ms * 1_000_000L);
		}
		assertThat(latencies.count()).isEqualTo(100);
		assertThat(latencies.millisAt(50)).isCloseTo(50, within(0.1));
		assertThat(latencies.millisAt(95)).isCloseTo(95, within(0.1));
		assertThat(latencies.millisAt(99)).isCloseTo(99, within(0.1));
		assertThat(latencies.maxMillis()).isCloseTo(100, within(0.1));
	}

	@Test
	void summaryNamesEachPercentileAndTheSampleCount() {
		Latencies latencies = new Latencies();
		latencies.recordNanos(2_000_000);
		latencies.recordNanos(4_000_000);
		assertThat(latencies.summary(50, 99.9)).isEqualTo("p50 2.0 ms, p99.9 4.0 ms, max 4.0 ms (2 samples)");
	}

	@Test
	void withoutSamplesTheSummarySaysSoAndPercentilesAreNaN() {
		Latencies latencies = new Latencies();
		assertThat(latencies.summary(50)).isEqualTo("no samples");
		assertThat(latencies.millisAt(50)).isNaN();
	}

	@Test
	void negativeAndHugeSamplesAreClampedNotRejected() {
		Latencies latencies = new Latencies();
		latencies.recordNanos(-5);
		latencies.recordNanos(Long.MAX_VALUE);
		assertThat(latencies.count()).isEqualTo(2);
		assertThat(latencies.millisAt(0)).isZero();
	}

}
