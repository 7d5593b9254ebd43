package io.cleanair.core.pollutant;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * GB/T 8170 half-even on the exact decimal before the index lookup (HJ 633-2026 §4.2.2).
 */
class GbT8170RoundingTests {

	@ParameterizedTest(name = "{0} {1} → {2}")
	@CsvSource({ "PM2_5, 0.5,    0", "PM2_5, 1.5,    2", "PM2_5, 2.5,    2", "PM2_5, 2.51,   3", "PM2_5, 2.49,   2",
			"PM10,  74.5,   74", "PM10,  75.5,   76", "SO2,   799.50, 800", "O3,    160.4,  160", "CO,    1.25,   1.2",
			"CO,    1.35,   1.4", "CO,    1.251,  1.3", "CO,    2.2,    2.2", "CO,    0.05,   0.0" })
	void roundsHalfToEvenOnTheExactDecimal(Pollutant p, String value, String expected) {
		BigDecimal r = ConcentrationRounding.forIndex(p, new BigDecimal(value));
		assertThat(r).isEqualTo(new BigDecimal(expected));
	}

}
