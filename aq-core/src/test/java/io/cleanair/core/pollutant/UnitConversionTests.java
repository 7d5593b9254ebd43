package io.cleanair.core.pollutant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Conversions at 298.15 K and 1013.25 hPa: µg/m³ = ppb × MW / 24.45 (docs/standards.md
 * §0).
 */
class UnitConversionTests {

	@ParameterizedTest(name = "1 ppb {0} ≈ {1} µg/m³")
	@CsvSource({ "NO2, 1.88", "SO2, 2.62", "O3, 1.96" })
	void onePpbOfAGasIsItsMolecularWeightOver2445(Pollutant p, double expected) {
		assertThat(UnitConversion.toCanonical(p, 1.0, ConcentrationUnit.PPB)).isCloseTo(expected, within(0.005));
	}

	@Test
	void onePpmOfCoIsAbout1145MilligramsPerCubicMetre() {
		assertThat(UnitConversion.toCanonical(Pollutant.CO, 1.0, ConcentrationUnit.PPM)).isCloseTo(1.145,
				within(0.001));
		assertThat(UnitConversion.toCanonical(Pollutant.CO, 1.0, ConcentrationUnit.PPB)).isCloseTo(0.001145,
				within(0.000001));
	}

	@Test
	void canonicalUnitsAreMicrogramsExceptCoInMilligrams() {
		assertThat(Pollutant.PM2_5.canonicalUnit()).isEqualTo(ConcentrationUnit.UG_M3);
		assertThat(Pollutant.CO.canonicalUnit()).isEqualTo(ConcentrationUnit.MG_M3);
		assertThat(Pollutant.PM2_5.displayName()).isEqualTo("PM2.5");
		assertThat(Pollutant.PM10.molecularWeight()).isEmpty();
		assertThat(Pollutant.NO2.molecularWeight()).contains(new BigDecimal("46.0055"));
	}

	@Test
	void massUnitsConvertExactly() {
		assertThat(UnitConversion.toCanonical(Pollutant.CO, new BigDecimal("1500"), ConcentrationUnit.UG_M3))
			.isEqualByComparingTo("1.5");
		assertThat(UnitConversion.toCanonical(Pollutant.PM10, new BigDecimal("0.075"), ConcentrationUnit.MG_M3))
			.isEqualByComparingTo("75");
		assertThat(UnitConversion.toCanonical(Pollutant.PM2_5, new BigDecimal("35.5"), ConcentrationUnit.UG_M3))
			.isEqualByComparingTo("35.5");
	}

	@Test
	void roundTripThroughPpbKeepsSixteenDigits() {
		BigDecimal ugm3 = new BigDecimal("123.456");
		BigDecimal ppb = UnitConversion.fromCanonical(Pollutant.SO2, ugm3, ConcentrationUnit.PPB);
		assertThat(UnitConversion.toCanonical(Pollutant.SO2, ppb, ConcentrationUnit.PPB).subtract(ugm3).abs())
			.isLessThan(new BigDecimal("1e-12"));
	}

	@Test
	void particulateMatterHasNoMixingRatio() {
		assertThatThrownBy(() -> UnitConversion.toCanonical(Pollutant.PM2_5, BigDecimal.ONE, ConcentrationUnit.PPB))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("PM2.5");
		assertThatThrownBy(() -> UnitConversion.fromCanonical(Pollutant.PM10, BigDecimal.ONE, ConcentrationUnit.PPM))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "ug/m3", "µg/m³", "μg/m3", "UG/M3", " µg/m3 " })
	void micrograms(String s) {
		assertThat(ConcentrationUnit.parse(s)).isEqualTo(ConcentrationUnit.UG_M3);
	}

	@Test
	void otherUnitsParseCaseInsensitively() {
		assertThat(ConcentrationUnit.parse("MG/m3")).isEqualTo(ConcentrationUnit.MG_M3);
		assertThat(ConcentrationUnit.parse("mg/m³")).isEqualTo(ConcentrationUnit.MG_M3);
		assertThat(ConcentrationUnit.parse("PPB")).isEqualTo(ConcentrationUnit.PPB);
		assertThat(ConcentrationUnit.parse("ppm")).isEqualTo(ConcentrationUnit.PPM);
	}

	@Test
	void unknownUnitIsRejectedWithTheValidOnes() {
		assertThatThrownBy(() -> ConcentrationUnit.parse("g/l")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("'g/l'")
			.hasMessageContaining("ppb");
	}

	@Test
	void pollutantsParseByNameOrDisplayName() {
		assertThat(Pollutant.parse("pm2.5")).isEqualTo(Pollutant.PM2_5);
		assertThat(Pollutant.parse("PM2_5")).isEqualTo(Pollutant.PM2_5);
		assertThatThrownBy(() -> Pollutant.parse("NOx")).hasMessageContaining("NOx");
	}

}
