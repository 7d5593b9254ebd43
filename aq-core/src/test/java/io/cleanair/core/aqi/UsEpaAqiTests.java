package io.cleanair.core.aqi;

import static org.assertj.core.api.Assertions.assertThat;

import io.cleanair.core.pollutant.ConcentrationUnit;
import io.cleanair.core.pollutant.Pollutant;
import io.cleanair.core.pollutant.UnitConversion;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * US EPA AQI: docs/standards.md §4 vectors, truncation and half-up rounding (§3.2),
 * special rules (§3.3), extrapolation.
 */
class UsEpaAqiTests {

	private static final UsEpaAqi EPA2024 = (UsEpaAqi) AqiStandards.byId("epa-2024");

	private static final UsEpaAqi EPA2012 = (UsEpaAqi) AqiStandards.byId("epa-2012");

	@ParameterizedTest(name = "{0} {1} → {2}")
	@CsvSource({ "PM2_5_24H, 35.9, 102", "CO_8H,     8.4,  90", "PM2_5_24H, 12.0, 56", "PM2_5_24H, 400,  649",
			"O3_8H, 0.07853333, 126" })
	void specVectorsUnder2024(Indicator indicator, String c, int expected) {
		assertThat(EPA2024.assessInUsUnits(ReportPeriod.DAY, IndicatorValues.of(indicator, c)).iaqi().get(indicator))
			.isEqualTo(expected);
	}

	@Test
	void pm25At12Is50UnderThePre2024Table() {
		assertThat(EPA2012.assessInUsUnits(ReportPeriod.DAY, IndicatorValues.of(Indicator.PM2_5_24H, "12.0")).aqi())
			.isEqualTo(50);
	}

	@Test
	void concentrationsAreTruncatedNotRounded() {
		AqiResult r = EPA2024.assessInUsUnits(ReportPeriod.DAY, IndicatorValues.of(Indicator.PM2_5_24H, "35.49"));
		assertThat(r.concentrations().get(Indicator.PM2_5_24H)).isEqualByComparingTo("35.4");
		assertThat(r.aqi()).isEqualTo(100);
	}

	@Test
	void above500The2024TablesExtrapolateAndFlagBeyondIndex() {
		AqiResult r = EPA2024.assessInUsUnits(ReportPeriod.DAY, IndicatorValues.of(Indicator.PM2_5_24H, "400"));
		assertThat(r.aqi()).isEqualTo(649);
		assertThat(r.beyondIndex()).containsExactly(Indicator.PM2_5_24H);
		assertThat(r.category()).isEqualTo(UsCategory.HAZARDOUS);
	}

	@Test
	void above500ThePre2024TableIsCappedAt500() {
		AqiResult r = EPA2012.assessInUsUnits(ReportPeriod.DAY, IndicatorValues.of(Indicator.PM2_5_24H, "600"));
		assertThat(r.aqi()).isEqualTo(500);
		assertThat(r.beyondIndex()).containsExactly(Indicator.PM2_5_24H);
	}

	@Test
	void ozoneOneHourBelow0125IsIgnored() {
		AqiResult r = EPA2024.assessInUsUnits(ReportPeriod.DAY,
				IndicatorValues.builder().put(Indicator.O3_8H, "0.060").put(Indicator.O3_1H, "0.124").build());
		assertThat(r.iaqi()).containsOnlyKeys(Indicator.O3_8H);
		assertThat(r.aqi()).isEqualTo(67); // 51 + 49/0.015 × 0.005 = 67.33
	}

	@Test
	void ozoneReportsTheHigherOfEightHourAndOneHour() {
		AqiResult r = EPA2024.assessInUsUnits(ReportPeriod.DAY,
				IndicatorValues.builder().put(Indicator.O3_8H, "0.150").put(Indicator.O3_1H, "0.405").build());
		assertThat(r.iaqi()).containsEntry(Indicator.O3_1H, 301);
		assertThat(r.aqi()).isEqualTo(301);
		assertThat(r.primaryPollutants()).containsExactly(Pollutant.O3);
	}

	@Test
	void ozoneEightHourAboveItsTableIsCappedAt300AndFlagged() {
		AqiResult r = EPA2024.assessInUsUnits(ReportPeriod.DAY, IndicatorValues.of(Indicator.O3_8H, "0.250"));
		assertThat(r.aqi()).isEqualTo(300);
		assertThat(r.beyondIndex()).containsExactly(Indicator.O3_8H);
	}

	@Test
	void so2OneHourBelow305UsesTheOneHourRows() {
		AqiResult r = EPA2024.assessInUsUnits(ReportPeriod.DAY,
				IndicatorValues.builder().put(Indicator.SO2_1H, "75").put(Indicator.SO2_24H, "10").build());
		assertThat(r.iaqi()).containsOnlyKeys(Indicator.SO2_1H).containsEntry(Indicator.SO2_1H, 100);
	}

	@Test
	void so2OneHourAtOrAbove305WithLowTwentyFourHourMeanIsExactly200() {
		AqiResult r = EPA2024.assessInUsUnits(ReportPeriod.DAY,
				IndicatorValues.builder().put(Indicator.SO2_1H, "700").put(Indicator.SO2_24H, "304").build());
		assertThat(r.iaqi()).containsOnlyKeys(Indicator.SO2_1H).containsEntry(Indicator.SO2_1H, 200);
	}

	@Test
	void so2TwentyFourHourMeanAtOrAbove305UsesTheTwentyFourHourRows() {
		AqiResult r = EPA2024.assessInUsUnits(ReportPeriod.DAY,
				IndicatorValues.builder().put(Indicator.SO2_1H, "700").put(Indicator.SO2_24H, "305").build());
		assertThat(r.iaqi()).containsOnlyKeys(Indicator.SO2_24H).containsEntry(Indicator.SO2_24H, 201);
	}

	@Test
	void canonicalUnitsAreConvertedToUsUnitsWithoutLosingATruncationStep() {
		BigDecimal ugm3 = UnitConversion.convert(Pollutant.O3, new BigDecimal("0.078"), ConcentrationUnit.PPM,
				ConcentrationUnit.UG_M3);
		BigDecimal mgm3 = UnitConversion.convert(Pollutant.CO, new BigDecimal("8.4"), ConcentrationUnit.PPM,
				ConcentrationUnit.MG_M3);
		AqiResult r = EPA2024.assess(ReportPeriod.DAY,
				IndicatorValues.builder().put(Indicator.O3_8H, ugm3).put(Indicator.CO_8H, mgm3).build());
		assertThat(r.iaqi()).containsEntry(Indicator.O3_8H, 126).containsEntry(Indicator.CO_8H, 90);
	}

	@Test
	void hourlyReportLooksUpTheNowCastOnTheTwentyFourHourTable() {
		AqiResult r = EPA2024.assessInUsUnits(ReportPeriod.HOUR, IndicatorValues.of(Indicator.PM2_5_1H, "28.4098"));
		assertThat(r.concentrations().get(Indicator.PM2_5_1H)).isEqualByComparingTo("28.4");
		assertThat(r.aqi()).isEqualTo(87); // 51 + 49/26.3 × 19.3 = 86.96
	}

	@Test
	void primaryPollutantIsNamedAtEveryLevelAndMissingRequiredIndicatorsAreListed() {
		AqiResult r = EPA2024.assessInUsUnits(ReportPeriod.DAY, IndicatorValues.of(Indicator.PM10_24H, "20"));
		assertThat(r.aqi()).isEqualTo(19);
		assertThat(r.primaryPollutants()).containsExactly(Pollutant.PM10);
		assertThat(r.complete()).isFalse();
		assertThat(r.missing()).containsExactlyInAnyOrder(Indicator.PM2_5_24H, Indicator.O3_8H, Indicator.CO_8H,
				Indicator.SO2_1H, Indicator.NO2_1H);
		assertThat(r.exceedingPollutants()).isEmpty();
	}

}
