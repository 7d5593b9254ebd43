package io.cleanair.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RatioTests {

	@Test
	void halfOfTheReferenceIsPointFive() {
		Ratio ratio = new Ratio(12_000, 24_000);
		assertThat(ratio.value()).isEqualTo(0.5);
		assertThat(ratio.describe("raw COPY")).isEqualTo("0.50 x raw COPY (12,000 vs 24,000 readings/s)");
	}

	@Test
	void aReferenceNotMeasuredGivesNoRatio() {
		assertThat(new Ratio(12_000, Double.NaN).value()).isNaN();
		assertThat(new Ratio(12_000, 0).describe("InfluxDB")).isEqualTo("n/a against InfluxDB (not measured)");
	}

}
