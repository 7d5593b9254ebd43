package io.cleanair.cli.aqi;

import static io.cleanair.cli.aqi.AqiCommandTests.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.cleanair.cli.aqi.AqiCommandTests.Run;
import org.junit.jupiter.api.Test;

/**
 * {@code aq aqi --csv}: every row written back with IAQI_&lt;input&gt;, AQI, CATEGORY,
 * PRIMARY.
 */
class AqiCommandCsvTests {

	private static final String NL = System.lineSeparator();

	@Test
	void everyRowIsWrittenBackWithAddedColumns() {
		String in = "station,PM2_5,PM10,O3_8H\n" + "A,76,80,170\n" + "B,36,,\n" + "\"C, north\",250,250,100\n";
		Run r = run(in, "--standard", "hj633-2012", "--csv");
		assertThat(r.exitCode()).isZero();
		assertThat(r.err()).isEmpty();
		assertThat(r.out().split(NL)).containsExactly(
				"station,PM2_5,PM10,O3_8H,IAQI_PM2_5,IAQI_PM10,IAQI_O3_8H,AQI,CATEGORY,PRIMARY",
				"A,76,80,170,102,65,110,110,Lightly polluted,O3", "B,36,,,52,,,52,Good,PM2.5",
				"\"C, north\",250,250,100,300,150,50,300,Heavily polluted,PM2.5");
	}

	@Test
	void naUnder2026IsWrittenAsNa() {
		Run r = run("PM2_5\n60\n76\n", "--standard", "hj633-2026", "--csv");
		assertThat(r.out().split(NL)).containsExactly("PM2_5,IAQI_PM2_5,AQI,CATEGORY,PRIMARY", "60,100,NA,NA,",
				"76,115,115,Lightly polluted,PM2.5");
	}

	@Test
	void dateColumnChoosesTheEditionPerRow() {
		Run r = run("date,PM2_5\n2026-02-28,60\n2026-03-01,60\n", "--csv");
		assertThat(r.out().split(NL)).containsExactly("date,PM2_5,IAQI_PM2_5,AQI,CATEGORY,PRIMARY",
				"2026-02-28,60,82,82,Good,PM2.5", "2026-03-01,60,100,NA,NA,");
	}

	@Test
	void badNumberNamesTheLineAndColumn() {
		Run r = run("PM2_5,PM10\n10,20\n12,x1\n", "--standard", "hj633-2012", "--csv");
		assertThat(r.exitCode()).isEqualTo(1);
		assertThat(r.err()).isEqualTo("aq aqi: line 3, column PM10: 'x1' is not a number" + NL);
	}

	@Test
	void headerWithoutAnyInputIsAUsageError() {
		Run r = run("station,PM25\nA,3\n", "--csv");
		assertThat(r.exitCode()).isEqualTo(2);
		assertThat(r.err()).startsWith("aq aqi: line 1: no input column").hasLineCount(1);
	}

	@Test
	void rowWithTheWrongNumberOfFieldsIsRejected() {
		Run r = run("PM2_5,PM10\n10\n", "--standard", "hj633-2012", "--csv");
		assertThat(r.exitCode()).isEqualTo(1);
		assertThat(r.err()).isEqualTo("aq aqi: line 2: 1 fields, the header has 2" + NL);
	}

	@Test
	void epaHourlyCsvUsesNowCastColumns() {
		Run r = run("PM2_5,SO2\n28.4098,700\n", "--standard", "epa-2024", "--period", "hour", "--csv");
		assertThat(r.out().split(NL)).containsExactly("PM2_5,SO2,IAQI_PM2_5,IAQI_SO2,AQI,CATEGORY,PRIMARY",
				"28.4098,700,87,200,200,Unhealthy,SO2");
	}

}
