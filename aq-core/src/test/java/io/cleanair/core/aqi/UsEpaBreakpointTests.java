package io.cleanair.core.aqi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of the US tables (docs/standards.md §3.1, typed again here): BP_Lo gives
 * I_Lo, BP_Hi gives I_Hi, one truncation step above BP_Hi starts the next row, and a
 * value just under the next step truncates into the row.
 */
class UsEpaBreakpointTests {

	/** standard, indicator, truncation step, rows as {BP_Lo, BP_Hi, I_Lo, I_Hi}. */
	record Table(String standard, ReportPeriod period, Indicator indicator, String step, String[][] rows) {
		@Override
		public String toString() {
			return standard + " " + indicator;
		}
	}

	static List<Table> tables() {
		List<Table> t = new ArrayList<>();
		for (String std : List.of("epa-2024", "epa-2012")) {
			t.add(new Table(std, ReportPeriod.DAY, Indicator.O3_8H, "0.001",
					new String[][] { { "0.000", "0.054", "0", "50" }, { "0.055", "0.070", "51", "100" },
							{ "0.071", "0.085", "101", "150" }, { "0.086", "0.105", "151", "200" },
							{ "0.106", "0.200", "201", "300" } }));
			t.add(new Table(std, ReportPeriod.DAY, Indicator.O3_1H, "0.001",
					new String[][] { { "0.125", "0.164", "101", "150" }, { "0.165", "0.204", "151", "200" },
							{ "0.205", "0.404", "201", "300" }, { "0.405", "0.604", "301", "500" } }));
			t.add(new Table(std, ReportPeriod.DAY, Indicator.PM10_24H, "1",
					new String[][] { { "0", "54", "0", "50" }, { "55", "154", "51", "100" },
							{ "155", "254", "101", "150" }, { "255", "354", "151", "200" },
							{ "355", "424", "201", "300" }, { "425", "604", "301", "500" } }));
			t.add(new Table(std, ReportPeriod.DAY, Indicator.CO_8H, "0.1",
					new String[][] { { "0.0", "4.4", "0", "50" }, { "4.5", "9.4", "51", "100" },
							{ "9.5", "12.4", "101", "150" }, { "12.5", "15.4", "151", "200" },
							{ "15.5", "30.4", "201", "300" }, { "30.5", "50.4", "301", "500" } }));
			t.add(new Table(std, ReportPeriod.DAY, Indicator.SO2_1H, "1", new String[][] { { "0", "35", "0", "50" },
					{ "36", "75", "51", "100" }, { "76", "185", "101", "150" }, { "186", "304", "151", "200" } }));
			t.add(new Table(std, ReportPeriod.DAY, Indicator.SO2_24H, "1",
					new String[][] { { "305", "604", "201", "300" }, { "605", "1004", "301", "500" } }));
			t.add(new Table(std, ReportPeriod.DAY, Indicator.NO2_1H, "1",
					new String[][] { { "0", "53", "0", "50" }, { "54", "100", "51", "100" },
							{ "101", "360", "101", "150" }, { "361", "649", "151", "200" },
							{ "650", "1249", "201", "300" }, { "1250", "2049", "301", "500" } }));
		}
		t.add(new Table("epa-2024", ReportPeriod.DAY, Indicator.PM2_5_24H, "0.1",
				new String[][] { { "0.0", "9.0", "0", "50" }, { "9.1", "35.4", "51", "100" },
						{ "35.5", "55.4", "101", "150" }, { "55.5", "125.4", "151", "200" },
						{ "125.5", "225.4", "201", "300" }, { "225.5", "325.4", "301", "500" } }));
		t.add(new Table("epa-2024", ReportPeriod.HOUR, Indicator.PM2_5_1H, "0.1",
				new String[][] { { "0.0", "9.0", "0", "50" }, { "9.1", "35.4", "51", "100" },
						{ "35.5", "55.4", "101", "150" }, { "55.5", "125.4", "151", "200" },
						{ "125.5", "225.4", "201", "300" }, { "225.5", "325.4", "301", "500" } }));
		t.add(new Table("epa-2012", ReportPeriod.DAY, Indicator.PM2_5_24H, "0.1",
				new String[][] { { "0.0", "12.0", "0", "50" }, { "12.1", "35.4", "51", "100" },
						{ "35.5", "55.4", "101", "150" }, { "55.5", "150.4", "151", "200" },
						{ "150.5", "250.4", "201", "300" }, { "250.5", "350.4", "301", "400" },
						{ "350.5", "500.4", "401", "500" } }));
		return t;
	}

	static Stream<Arguments> rows() {
		return tables().stream()
			.flatMap(t -> Stream.iterate(0, k -> k + 1).limit(t.rows().length).map(k -> Arguments.of(t, k)));
	}

	@ParameterizedTest(name = "{0} row #{1}")
	@MethodSource("rows")
	void rowEndsGiveTheirIndexExactly(Table t, int k) {
		String[] row = t.rows()[k];
		assertThat(index(t, row[0])).isEqualTo(Integer.parseInt(row[2]));
		assertThat(index(t, row[1])).isEqualTo(Integer.parseInt(row[3]));
	}

	@ParameterizedTest(name = "{0} row #{1}")
	@MethodSource("rows")
	void valueBetweenTwoRowsIsTruncatedIntoTheLowerRow(Table t, int k) {
		String[] row = t.rows()[k];
		// BP_Hi plus nine tenths of a truncation step still truncates to BP_Hi
		BigDecimal almostNext = new BigDecimal(row[1]).add(new BigDecimal(t.step()).multiply(new BigDecimal("0.9")));
		assertThat(index(t, almostNext.toPlainString())).isEqualTo(Integer.parseInt(row[3]));
	}

	@ParameterizedTest(name = "{0} row #{1}")
	@MethodSource("rows")
	void oneStepAboveTheRowStartsTheNextRow(Table t, int k) {
		if (k == t.rows().length - 1) {
			return; // above the top: extrapolation and cap tests
		}
		String[] row = t.rows()[k];
		String next = new BigDecimal(row[1]).add(new BigDecimal(t.step())).toPlainString();
		assertThat(next).isEqualTo(t.rows()[k + 1][0]);
		assertThat(index(t, next)).isEqualTo(Integer.parseInt(t.rows()[k + 1][2]));
	}

	private static int index(Table t, String c) {
		IndicatorValues v = IndicatorValues.of(t.indicator(), c);
		if (t.indicator() == Indicator.SO2_24H) {
			v = v.with(Indicator.SO2_1H, "400"); // 24-hour rows apply from a 24-hour mean
													// of 305 ppb
		}
		UsEpaAqi std = (UsEpaAqi) AqiStandards.byId(t.standard());
		AqiResult r = std.assessInUsUnits(t.period(), v);
		assertThat(r.ruleSet()).isEqualTo(t.standard());
		return r.iaqi().get(t.indicator());
	}

}
