package io.cleanair.core.aqi;

import static org.assertj.core.api.Assertions.assertThat;

import io.cleanair.core.pollutant.Pollutant;
import org.junit.jupiter.api.Test;

/**
 * Primary and exceeding pollutants (HJ 633-2012 §3.3, §3.4; exceeding deleted in 2026),
 * and report columns.
 */
class Hj633PollutantListsTests {

	private static final AqiStandard HJ2012 = AqiStandards.byId("hj633-2012");

	private static final AqiStandard HJ2026 = AqiStandards.byId("hj633-2026");

	@Test
	void tiedLargestIaqiNamesAllPrimaryPollutants() {
		// PM10 250 → 150, PM2.5 115 → 150 (2012)
		AqiResult r = HJ2012.assess(ReportPeriod.DAY,
				IndicatorValues.builder()
					.put(Indicator.PM10_24H, "250")
					.put(Indicator.PM2_5_24H, "115")
					.put(Indicator.NO2_24H, "40")
					.build());
		assertThat(r.aqi()).isEqualTo(150);
		assertThat(r.primaryPollutants()).containsExactly(Pollutant.PM2_5, Pollutant.PM10);
		assertThat(r.exceedingPollutants()).containsExactly(Pollutant.PM2_5, Pollutant.PM10);
	}

	@Test
	void noPrimaryPollutantAtAqi50() {
		AqiResult r = HJ2012.assess(ReportPeriod.DAY, IndicatorValues.of(Indicator.PM2_5_24H, "35"));
		assertThat(r.aqi()).isEqualTo(50);
		assertThat(r.primaryPollutants()).isEmpty();
	}

	@Test
	void primaryPollutantFromAqi51() {
		AqiResult r = HJ2012.assess(ReportPeriod.DAY,
				IndicatorValues.builder().put(Indicator.PM2_5_24H, "36").put(Indicator.PM10_24H, "51").build());
		assertThat(r.aqi()).isEqualTo(52);
		assertThat(r.primaryPollutants()).containsExactly(Pollutant.PM2_5);
	}

	@Test
	void exceedingPollutantsAreThoseAbove100Under2012AndNeverUnder2026() {
		IndicatorValues v = IndicatorValues.builder()
			.put(Indicator.PM2_5_24H, "75")
			.put(Indicator.PM10_24H, "151")
			.build();
		assertThat(HJ2012.assess(ReportPeriod.DAY, v).exceedingPollutants()).containsExactly(Pollutant.PM10);
		assertThat(HJ2026.assess(ReportPeriod.DAY, v).exceedingPollutants()).isEmpty();
	}

	@Test
	void hourlyReport2012UsesPmTwentyFourHourMovingMeansNotOneHourValues() {
		AqiResult r = HJ2012.assess(ReportPeriod.HOUR,
				IndicatorValues.builder().put(Indicator.PM2_5_1H, "300").put(Indicator.PM2_5_24H, "76").build());
		assertThat(r.iaqi()).containsOnlyKeys(Indicator.PM2_5_24H).containsEntry(Indicator.PM2_5_24H, 102);
		assertThat(r.notes()).anyMatch(n -> n.startsWith("PM2_5_1H not used"));
	}

	@Test
	void hourlyReport2026EvaluatesPmOneHourOnTheDailyColumn() {
		AqiResult r = HJ2026.assess(ReportPeriod.HOUR, IndicatorValues.of(Indicator.PM2_5_1H, "76"));
		assertThat(r.iaqi()).containsEntry(Indicator.PM2_5_1H, 115);
		assertThat(r.aqi()).isEqualTo(115);
	}

	@Test
	void hourlyReportUsesOneHourColumnsForGases() {
		AqiResult r = HJ2012.assess(ReportPeriod.HOUR,
				IndicatorValues.builder().put(Indicator.NO2_1H, "200").put(Indicator.CO_1H, "10").build());
		assertThat(r.iaqi()).containsEntry(Indicator.NO2_1H, 100).containsEntry(Indicator.CO_1H, 100);
		assertThat(r.primaryPollutants()).containsExactly(Pollutant.NO2, Pollutant.CO);
	}

}
