package io.cleanair.core.aqi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every breakpoint of every HJ 633 column (docs/standards.md §1.2, typed again here from
 * that page), just below, on and just above, against an independent integer-arithmetic
 * oracle of "interpolate, then round up".
 */
class Hj633BreakpointTests {

	private static final int[] IAQI = { 0, 50, 100, 150, 200, 300, 400, 500 };

	/**
	 * rule set, report, indicator, decimals of the rounded concentration, column from
	 * docs/standards.md §1.2.
	 */
	record Column(String ruleSet, ReportPeriod period, Indicator indicator, int decimals, String... bp) {
		@Override
		public String toString() {
			return ruleSet + " " + period + " " + indicator;
		}
	}

	static List<Column> columns() {
		List<Column> c = new ArrayList<>();
		for (String rs : List.of("hj633-2012", "hj633-2026")) {
			c.add(new Column(rs, ReportPeriod.DAY, Indicator.SO2_24H, 0, "0", "50", "150", "475", "800", "1600", "2100",
					"2620"));
			c.add(new Column(rs, ReportPeriod.HOUR, Indicator.SO2_1H, 0, "0", "150", "500", "650", "800"));
			c.add(new Column(rs, ReportPeriod.DAY, Indicator.NO2_24H, 0, "0", "40", "80", "180", "280", "565", "750",
					"940"));
			c.add(new Column(rs, ReportPeriod.HOUR, Indicator.NO2_1H, 0, "0", "100", "200", "700", "1200", "2340",
					"3090", "3840"));
			c.add(new Column(rs, ReportPeriod.DAY, Indicator.CO_24H, 1, "0", "2", "4", "14", "24", "36", "48", "60"));
			c.add(new Column(rs, ReportPeriod.HOUR, Indicator.CO_1H, 1, "0", "5", "10", "35", "60", "90", "120",
					"150"));
			c.add(new Column(rs, ReportPeriod.HOUR, Indicator.O3_1H, 0, "0", "160", "200", "300", "400", "800", "1000",
					"1200"));
			c.add(new Column(rs, ReportPeriod.DAY, Indicator.O3_8H, 0, "0", "100", "160", "215", "265", "800"));
		}
		c.add(new Column("hj633-2012", ReportPeriod.DAY, Indicator.O3_1H, 0, "0", "160", "200", "300", "400", "800",
				"1000", "1200"));
		c.add(new Column("hj633-2012", ReportPeriod.HOUR, Indicator.O3_8H, 0, "0", "100", "160", "215", "265", "800"));
		for (ReportPeriod p : ReportPeriod.values()) {
			c.add(new Column("hj633-2012", p, Indicator.PM10_24H, 0, "0", "50", "150", "250", "350", "420", "500",
					"600"));
			c.add(new Column("hj633-2012", p, Indicator.PM2_5_24H, 0, "0", "35", "75", "115", "150", "250", "350",
					"500"));
		}
		c.add(new Column("hj633-2026", ReportPeriod.DAY, Indicator.PM10_24H, 0, "0", "50", "120", "250", "350", "420",
				"500", "600"));
		c.add(new Column("hj633-2026", ReportPeriod.DAY, Indicator.PM2_5_24H, 0, "0", "35", "60", "115", "150", "250",
				"350", "500"));
		// 2026 real time: PM 1-hour values on the daily columns
		c.add(new Column("hj633-2026", ReportPeriod.HOUR, Indicator.PM10_1H, 0, "0", "50", "120", "250", "350", "420",
				"500", "600"));
		c.add(new Column("hj633-2026", ReportPeriod.HOUR, Indicator.PM2_5_1H, 0, "0", "35", "60", "115", "150", "250",
				"350", "500"));
		return c;
	}

	static Stream<Arguments> breakpoints() {
		return columns().stream()
			.flatMap(col -> Stream.iterate(0, k -> k + 1).limit(col.bp().length).map(k -> Arguments.of(col, k)));
	}

	@ParameterizedTest(name = "{0} breakpoint #{1}")
	@MethodSource("breakpoints")
	void onBreakpointGivesTheTableIndexExactly(Column col, int k) {
		assertThat(iaqi(col, new BigDecimal(col.bp()[k]))).isEqualTo(IAQI[k]);
	}

	@ParameterizedTest(name = "{0} breakpoint #{1}")
	@MethodSource("breakpoints")
	void justBelowBreakpointIsInterpolatedAndRoundedUp(Column col, int k) {
		if (k == 0) {
			return;
		}
		BigDecimal c = new BigDecimal(col.bp()[k]).subtract(BigDecimal.ONE.movePointLeft(col.decimals()));
		int got = iaqi(col, c);
		assertThat(got).isEqualTo(oracle(col, k - 1, c)).isLessThanOrEqualTo(IAQI[k]).isGreaterThan(IAQI[k - 1]);
	}

	@ParameterizedTest(name = "{0} breakpoint #{1}")
	@MethodSource("breakpoints")
	void justAboveBreakpointIsInterpolatedAndRoundedUp(Column col, int k) {
		if (k == col.bp().length - 1) {
			return; // above the last breakpoint: over-range tests
		}
		BigDecimal c = new BigDecimal(col.bp()[k]).add(BigDecimal.ONE.movePointLeft(col.decimals()));
		assertThat(iaqi(col, c)).isEqualTo(oracle(col, k, c)).isGreaterThan(IAQI[k]).isLessThanOrEqualTo(IAQI[k + 1]);
	}

	/**
	 * I_Lo + ceil((I_Hi − I_Lo)(C − BP_Lo) / (BP_Hi − BP_Lo)) in integers (concentrations
	 * scaled).
	 */
	private static int oracle(Column col, int lo, BigDecimal c) {
		BigInteger bpLo = scaled(col.bp()[lo], col.decimals());
		BigInteger bpHi = scaled(col.bp()[lo + 1], col.decimals());
		BigInteger num = BigInteger.valueOf(IAQI[lo + 1] - IAQI[lo])
			.multiply(c.movePointRight(col.decimals()).toBigIntegerExact().subtract(bpLo));
		BigInteger[] qr = num.divideAndRemainder(bpHi.subtract(bpLo));
		return IAQI[lo] + qr[0].intValueExact() + (qr[1].signum() > 0 ? 1 : 0);
	}

	private static BigInteger scaled(String s, int decimals) {
		return new BigDecimal(s).movePointRight(decimals).toBigIntegerExact();
	}

	static int iaqi(Column col, BigDecimal c) {
		AqiResult r = AqiStandards.byId(col.ruleSet()).assess(col.period(), IndicatorValues.of(col.indicator(), c));
		assertThat(r.ruleSet()).isEqualTo(col.ruleSet());
		assertThat(r.iaqi()).containsKey(col.indicator());
		return r.iaqi().get(col.indicator());
	}

}
