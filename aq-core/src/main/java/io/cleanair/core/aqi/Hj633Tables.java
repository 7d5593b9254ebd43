package io.cleanair.core.aqi;

import static io.cleanair.core.pollutant.ConcentrationUnit.MG_M3;
import static io.cleanair.core.pollutant.ConcentrationUnit.UG_M3;

/**
 * HJ 633-2012 Table 1 and HJ 633-2026 Table 3, column by column (µg/m³; CO mg/m³), at the
 * reference state of GB 3095 (gases 298.15 K, 1013.25 hPa). docs/standards.md §1.2.
 */
public final class Hj633Tables {

	/** The IAQI row of the tables. */
	static final int[] IAQI = { 0, 50, 100, 150, 200, 300, 400, 500 };

	public static final BreakpointTable SO2_24H = BreakpointTable.continuous("SO2 24-hour mean", UG_M3, IAQI, "0", "50",
			"150", "475", "800", "1600", "2100", "2620");

	/**
	 * Ends at 800 (IAQI 200): above it the over-range rule of the edition applies (note
	 * a).
	 */
	public static final BreakpointTable SO2_1H = BreakpointTable.continuous("SO2 1-hour mean", UG_M3, IAQI, "0", "150",
			"500", "650", "800");

	public static final BreakpointTable NO2_24H = BreakpointTable.continuous("NO2 24-hour mean", UG_M3, IAQI, "0", "40",
			"80", "180", "280", "565", "750", "940");

	public static final BreakpointTable NO2_1H = BreakpointTable.continuous("NO2 1-hour mean", UG_M3, IAQI, "0", "100",
			"200", "700", "1200", "2340", "3090", "3840");

	public static final BreakpointTable PM10_24H_2012 = BreakpointTable.continuous("PM10 24-hour mean (2012)", UG_M3,
			IAQI, "0", "50", "150", "250", "350", "420", "500", "600");

	public static final BreakpointTable PM10_24H_2026 = BreakpointTable.continuous("PM10 24-hour mean (2026)", UG_M3,
			IAQI, "0", "50", "120", "250", "350", "420", "500", "600");

	public static final BreakpointTable CO_24H = BreakpointTable.continuous("CO 24-hour mean", MG_M3, IAQI, "0", "2",
			"4", "14", "24", "36", "48", "60");

	public static final BreakpointTable CO_1H = BreakpointTable.continuous("CO 1-hour mean", MG_M3, IAQI, "0", "5",
			"10", "35", "60", "90", "120", "150");

	public static final BreakpointTable O3_1H = BreakpointTable.continuous("O3 1-hour mean", UG_M3, IAQI, "0", "160",
			"200", "300", "400", "800", "1000", "1200");

	/**
	 * Ends at 800 (IAQI 300): above it the over-range rule of the edition applies (note
	 * b).
	 */
	public static final BreakpointTable O3_8H = BreakpointTable.continuous("O3 8-hour moving mean", UG_M3, IAQI, "0",
			"100", "160", "215", "265", "800");

	public static final BreakpointTable PM2_5_24H_2012 = BreakpointTable.continuous("PM2.5 24-hour mean (2012)", UG_M3,
			IAQI, "0", "35", "75", "115", "150", "250", "350", "500");

	/** IAQI 50 stays at 35 µg/m³ in 2026 (docs/standards.md §1.2). */
	public static final BreakpointTable PM2_5_24H_2026 = BreakpointTable.continuous("PM2.5 24-hour mean (2026)", UG_M3,
			IAQI, "0", "35", "60", "115", "150", "250", "350", "500");

	private Hj633Tables() {
	}

}
