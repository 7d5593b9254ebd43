package io.cleanair.core.aqi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.cleanair.core.pollutant.Pollutant;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** EPA NowCast (docs/standards.md §3.5). */
class NowCastTests {

	/** The check of docs/standards.md §3.5, oldest → newest, reversed to newest first. */
	static List<BigDecimal> specCheckNewestFirst() {
		List<BigDecimal> oldestFirst = new ArrayList<>();
		for (String s : new String[] { "34.9", "43", "50", "64.9", "69.2", "66.2", "53.7", "48.6", "49.2", "35", null,
				"21" }) {
			oldestFirst.add(s == null ? null : new BigDecimal(s));
		}
		Collections.reverse(oldestFirst);
		return oldestFirst;
	}

	@Test
	void specCheckVectorGivesWeightHalfAndNowCast284() {
		assertThat(NowCast.weight(specCheckNewestFirst())).isEqualByComparingTo("0.5");
		assertThat(NowCast.compute(specCheckNewestFirst()).orElseThrow().doubleValue()).isCloseTo(28.4098,
				within(0.0001));
		assertThat(NowCast.forIndex(Pollutant.PM2_5, specCheckNewestFirst())).contains(new BigDecimal("28.4"));
		assertThat(NowCast.forIndex(Pollutant.PM10, specCheckNewestFirst())).contains(new BigDecimal("28"));
	}

	@Test
	void doubleVariantAgrees() {
		List<Double> d = Arrays.asList(21.0, null, 35.0, 49.2, 48.6, 53.7, 66.2, 69.2, 64.9, 50.0, 43.0, 34.9);
		assertThat(NowCast.computeDouble(d).getAsDouble()).isCloseTo(28.4098, within(0.0001));
	}

	@Test
	void invalidWhenTwoOfTheThreeNewestHoursAreMissing() {
		List<BigDecimal> hours = Arrays.asList(new BigDecimal("10"), null, null, new BigDecimal("12"),
				new BigDecimal("14"));
		assertThat(NowCast.compute(hours)).isEmpty();
		assertThat(NowCast.compute(List.of(new BigDecimal("10")))).isEmpty();
	}

	@Test
	void validWithTwoOfTheThreeNewestHours() {
		assertThat(NowCast.compute(Arrays.asList(null, new BigDecimal("10"), new BigDecimal("10")))).isPresent();
	}

	@Test
	void steadyConcentrationsWeighEveryHourEquallyAndGiveTheMean() {
		List<BigDecimal> hours = Collections.nCopies(12, new BigDecimal("20"));
		assertThat(NowCast.weight(hours)).isEqualByComparingTo("1");
		assertThat(NowCast.compute(hours).orElseThrow()).isEqualByComparingTo("20");
	}

	@Test
	void weightBetweenHalfAndOneIsUsedAsIs() {
		// max 10, min 8 → w* = 0.8
		List<BigDecimal> hours = List.of(new BigDecimal("10"), new BigDecimal("8"));
		assertThat(NowCast.weight(hours)).isEqualByComparingTo("0.8");
		// (10 + 0.8 × 8) / 1.8 = 9.111…
		assertThat(NowCast.compute(hours).orElseThrow().doubleValue()).isCloseTo(9.1111, within(0.0001));
	}

	@Test
	void allZeroHoursHaveWeightOne() {
		assertThat(NowCast.compute(Collections.nCopies(3, BigDecimal.ZERO)).orElseThrow()).isEqualByComparingTo("0");
	}

	@Test
	void onlyTheTwelveNewestHoursCount() {
		List<BigDecimal> hours = new ArrayList<>(Collections.nCopies(12, new BigDecimal("20")));
		hours.add(new BigDecimal("1000"));
		assertThat(NowCast.compute(hours).orElseThrow()).isEqualByComparingTo("20");
	}

	@Test
	void gasesAreRejected() {
		assertThatThrownBy(() -> NowCast.forIndex(Pollutant.O3, specCheckNewestFirst()))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
