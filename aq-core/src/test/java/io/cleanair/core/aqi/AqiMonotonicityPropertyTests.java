package io.cleanair.core.aqi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties over seeded random concentrations: sub-indices never fall as concentration
 * rises; category agrees with AQI.
 */
class AqiMonotonicityPropertyTests {

	private static final long SEED = 20260301L;

	private static final int DRAWS = 2_000;

	record Case(String standard, ReportPeriod period, Indicator indicator, double max, int decimals) {
	}

	private static final List<Case> CASES = List.of(
			new Case("hj633-2012", ReportPeriod.DAY, Indicator.PM2_5_24H, 700, 2),
			new Case("hj633-2026", ReportPeriod.DAY, Indicator.PM2_5_24H, 700, 2),
			new Case("hj633-2012", ReportPeriod.DAY, Indicator.PM10_24H, 700, 2),
			new Case("hj633-2026", ReportPeriod.DAY, Indicator.PM10_24H, 700, 2),
			new Case("hj633-2012", ReportPeriod.DAY, Indicator.SO2_24H, 3000, 2),
			new Case("hj633-2012", ReportPeriod.DAY, Indicator.NO2_24H, 1000, 2),
			new Case("hj633-2012", ReportPeriod.DAY, Indicator.CO_24H, 70, 3),
			new Case("hj633-2012", ReportPeriod.DAY, Indicator.O3_1H, 1300, 2),
			new Case("hj633-2026", ReportPeriod.DAY, Indicator.O3_8H, 1000, 2),
			new Case("hj633-2026", ReportPeriod.HOUR, Indicator.SO2_1H, 1000, 2),
			new Case("hj633-2012", ReportPeriod.HOUR, Indicator.NO2_1H, 4000, 2),
			new Case("hj633-2012", ReportPeriod.HOUR, Indicator.CO_1H, 170, 3),
			new Case("hj633-2026", ReportPeriod.HOUR, Indicator.PM2_5_1H, 700, 2),
			new Case("epa-2024", ReportPeriod.DAY, Indicator.PM2_5_24H, 500, 2),
			new Case("epa-2012", ReportPeriod.DAY, Indicator.PM2_5_24H, 600, 2),
			new Case("epa-2024", ReportPeriod.DAY, Indicator.PM10_24H, 700, 2),
			new Case("epa-2024", ReportPeriod.DAY, Indicator.O3_8H, 600, 2),
			new Case("epa-2024", ReportPeriod.DAY, Indicator.NO2_1H, 2500, 1));

	@Test
	void subIndexIsMonotoneInConcentrationAndCategoryAgreesWithAqi() {
		Random random = new Random(SEED);
		for (Case c : CASES) {
			AqiStandard std = AqiStandards.byId(c.standard());
			for (int n = 0; n < DRAWS; n++) {
				BigDecimal a = draw(random, c);
				BigDecimal b = draw(random, c);
				BigDecimal lo = a.min(b);
				BigDecimal hi = a.max(b);
				AqiResult rLo = std.assess(c.period(), IndicatorValues.of(c.indicator(), lo));
				AqiResult rHi = std.assess(c.period(), IndicatorValues.of(c.indicator(), hi));
				assertThat(rLo.iaqiOf(c.indicator().pollutant()).orElse(0))
					.as("%s %s at %s ≤ at %s", c.standard(), c.indicator(), lo, hi)
					.isLessThanOrEqualTo(rHi.iaqiOf(c.indicator().pollutant()).orElse(0));
				categoryAgrees(rLo);
				categoryAgrees(rHi);
			}
		}
	}

	@Test
	void aqiIsTheLargestSubIndexForRandomFullDays() {
		Random random = new Random(SEED);
		AqiStandard std = AqiStandards.byId("hj633-2012");
		for (int n = 0; n < DRAWS; n++) {
			IndicatorValues day = IndicatorValues.builder()
				.put(Indicator.SO2_24H, scaled(random, 900, 0))
				.put(Indicator.NO2_24H, scaled(random, 400, 0))
				.put(Indicator.CO_24H, scaled(random, 30, 1))
				.put(Indicator.O3_1H, scaled(random, 900, 0))
				.put(Indicator.O3_8H, scaled(random, 700, 0))
				.put(Indicator.PM10_24H, scaled(random, 500, 0))
				.put(Indicator.PM2_5_24H, scaled(random, 400, 0))
				.build();
			AqiResult r = std.assess(ReportPeriod.DAY, day);
			assertThat(r.aqi()).isEqualTo(r.iaqi().values().stream().max(Integer::compare).orElseThrow());
			categoryAgrees(r);
			r.primaryPollutants().forEach(p -> assertThat(r.iaqiOf(p).getAsInt()).isEqualTo(r.aqi()));
		}
	}

	private static void categoryAgrees(AqiResult r) {
		if (r.aqi() != null) {
			assertThat(r.category().contains(r.aqi())).as("%s contains %s", r.category(), r.aqi()).isTrue();
		}
	}

	private static BigDecimal draw(Random random, Case c) {
		return scaled(random, c.max(), c.decimals());
	}

	private static BigDecimal scaled(Random random, double max, int decimals) {
		return BigDecimal.valueOf(random.nextDouble() * max).setScale(decimals, java.math.RoundingMode.HALF_UP);
	}

}
