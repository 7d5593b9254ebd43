package io.cleanair.core.aqi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cleanair.core.pollutant.Pollutant;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Value objects: indicator values are immutable copies; a result's AQI and category are
 * NA together.
 */
class IndicatorValuesTests {

	@Test
	void withReturnsACopyAndLeavesTheOriginalAlone() {
		IndicatorValues a = IndicatorValues.of(Indicator.PM10_24H, "80");
		IndicatorValues b = a.with(Indicator.PM2_5_24H, new BigDecimal("40"));
		assertThat(a.values()).containsOnlyKeys(Indicator.PM10_24H);
		assertThat(b.get(Indicator.PM2_5_24H)).contains(new BigDecimal("40"));
		assertThat(b.has(Indicator.PM10_24H)).isTrue();
	}

	@Test
	void mapIsCopiedAndUnmodifiable() {
		Map<Indicator, BigDecimal> source = new HashMap<>(Map.of(Indicator.CO_24H, new BigDecimal("1.3")));
		IndicatorValues v = IndicatorValues.of(source);
		source.clear();
		assertThat(v.values()).hasSize(1);
		assertThatThrownBy(() -> v.values().clear()).isInstanceOf(UnsupportedOperationException.class);
	}

	@Test
	void indicatorsKnowTheirPollutant() {
		assertThat(Indicator.PM2_5_1H.pollutant()).isEqualTo(Pollutant.PM2_5);
		assertThat(Indicator.O3_8H.pollutant()).isEqualTo(Pollutant.O3);
		assertThat(Indicator.CO_8H.pollutant()).isEqualTo(Pollutant.CO);
	}

	@Test
	void aqiAndCategoryAreNaTogether() {
		assertThatThrownBy(() -> new AqiResult("hj633-2026", ReportPeriod.DAY, 60, null, Map.of(), Map.of(), List.of(),
				List.of(), true, Set.of(), Set.of(), null, List.of()))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
