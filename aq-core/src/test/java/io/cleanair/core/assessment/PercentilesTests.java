package io.cleanair.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PercentilesTests {

	private static List<BigDecimal> decimals(double... values) {
		return java.util.Arrays.stream(values).mapToObj(BigDecimal::valueOf).toList();
	}

	private static final List<BigDecimal> ONE_TO_TEN = IntStream.rangeClosed(1, 10)
		.mapToObj(BigDecimal::valueOf)
		.toList();

	@Test
	void oneToTenGivesP90OfNinePointOne() {
		assertThat(Percentiles.percentile(ONE_TO_TEN, 90))
			.hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("9.1"));
	}

	@Test
	void oneToTenGivesP95OfNinePointFiveFive() {
		assertThat(Percentiles.percentile(ONE_TO_TEN, 95))
			.hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("9.55"));
	}

	@Test
	void orderOfInputDoesNotMatter() {
		assertThat(Percentiles.percentile(decimals(3, 1, 2), 50))
			.hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("2"));
	}

	@Test
	void hundredthPercentileIsTheMaximum() {
		assertThat(Percentiles.percentile(decimals(0.4, 2.5, 1.1), 100))
			.hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("2.5"));
	}

	@Test
	void singleValueIsEveryPercentile() {
		assertThat(Percentiles.percentile(decimals(1.7), 95))
			.hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1.7"));
	}

	@Test
	void fourValuesInterpolateExactly() {
		// k = 1 + 3 × 0.95 = 3.85 → 1.2 + (2.0 − 1.2) × 0.85 = 1.88
		assertThat(Percentiles.percentile(decimals(0.8, 2.0, 1.0, 1.2), 95))
			.hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1.88"));
	}

	@Test
	void noValuesNoPercentile() {
		assertThat(Percentiles.percentile(List.of(), 90)).isEmpty();
	}

}
