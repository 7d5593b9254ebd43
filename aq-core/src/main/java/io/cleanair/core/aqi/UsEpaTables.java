package io.cleanair.core.aqi;

import static io.cleanair.core.pollutant.ConcentrationUnit.PPB;
import static io.cleanair.core.pollutant.ConcentrationUnit.PPM;
import static io.cleanair.core.pollutant.ConcentrationUnit.UG_M3;

import io.cleanair.core.pollutant.ConcentrationUnit;
import io.cleanair.core.pollutant.Pollutant;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * US EPA AQI breakpoints (EPA-454/B-24-002, May 2024, Table 6; docs/standards.md §3.1) in
 * US units: O3 and CO ppm, SO2 and NO2 ppb, PM µg/m³. {@code epa-2012} differs only in
 * PM2.5 (pre-2024 table).
 *
 * @param extrapolateAboveTop 2024: above the last breakpoint extrapolate the top segment;
 * else cap at 500
 */
public record UsEpaTables(String id, BreakpointTable o3EightHour, BreakpointTable o3OneHour, BreakpointTable pm25,
		BreakpointTable pm10, BreakpointTable coEightHour, BreakpointTable so2OneHour,
		BreakpointTable so2TwentyFourHour, BreakpointTable no2OneHour, boolean extrapolateAboveTop) {

	public static final BreakpointTable O3_8H = table("O3 8-hour", PPM, "0.000", "0.054", 0, 50, "0.055", "0.070", 51,
			100, "0.071", "0.085", 101, 150, "0.086", "0.105", 151, 200, "0.106", "0.200", 201, 300);

	/** 1-hour O3 starts at 0.125 ppm; lower 1-hour values are ignored (§3.3). */
	public static final BreakpointTable O3_1H = table("O3 1-hour", PPM, "0.125", "0.164", 101, 150, "0.165", "0.204",
			151, 200, "0.205", "0.404", 201, 300, "0.405", "0.604", 301, 500);

	public static final BreakpointTable PM2_5_24H_2024 = table("PM2.5 24-hour (2024)", UG_M3, "0.0", "9.0", 0, 50,
			"9.1", "35.4", 51, 100, "35.5", "55.4", 101, 150, "55.5", "125.4", 151, 200, "125.5", "225.4", 201, 300,
			"225.5", "325.4", 301, 500);

	public static final BreakpointTable PM2_5_24H_2012 = table("PM2.5 24-hour (pre-2024)", UG_M3, "0.0", "12.0", 0, 50,
			"12.1", "35.4", 51, 100, "35.5", "55.4", 101, 150, "55.5", "150.4", 151, 200, "150.5", "250.4", 201, 300,
			"250.5", "350.4", 301, 400, "350.5", "500.4", 401, 500);

	public static final BreakpointTable PM10_24H = table("PM10 24-hour", UG_M3, "0", "54", 0, 50, "55", "154", 51, 100,
			"155", "254", 101, 150, "255", "354", 151, 200, "355", "424", 201, 300, "425", "604", 301, 500);

	public static final BreakpointTable CO_8H = table("CO 8-hour", PPM, "0.0", "4.4", 0, 50, "4.5", "9.4", 51, 100,
			"9.5", "12.4", 101, 150, "12.5", "15.4", 151, 200, "15.5", "30.4", 201, 300, "30.5", "50.4", 301, 500);

	/** 1-hour SO2 rows stop at 304 ppb (AQI 200); above, §3.3 decides. */
	public static final BreakpointTable SO2_1H = table("SO2 1-hour", PPB, "0", "35", 0, 50, "36", "75", 51, 100, "76",
			"185", 101, 150, "186", "304", 151, 200);

	/** SO2 from AQI 200 upward uses the 24-hour mean. */
	public static final BreakpointTable SO2_24H = table("SO2 24-hour", PPB, "305", "604", 201, 300, "605", "1004", 301,
			500);

	public static final BreakpointTable NO2_1H = table("NO2 1-hour", PPB, "0", "53", 0, 50, "54", "100", 51, 100, "101",
			"360", 101, 150, "361", "649", 151, 200, "650", "1249", 201, 300, "1250", "2049", 301, 500);

	public static final UsEpaTables EPA_2024 = new UsEpaTables(AqiStandards.EPA_2024, O3_8H, O3_1H, PM2_5_24H_2024,
			PM10_24H, CO_8H, SO2_1H, SO2_24H, NO2_1H, true);

	/**
	 * Pre-2024 PM2.5 with the 2024 rows for the other pollutants. the pre-2024 split
	 * 301–400/401–500 rows of the other pollutants are not in docs/standards.md §3.1;
	 * above the last breakpoint the index is capped at 500.
	 */
	public static final UsEpaTables EPA_2012 = new UsEpaTables(AqiStandards.EPA_2012, O3_8H, O3_1H, PM2_5_24H_2012,
			PM10_24H, CO_8H, SO2_1H, SO2_24H, NO2_1H, false);

	/**
	 * §3.2 step 1: truncate O3 to 0.001 ppm, PM2.5 to 0.1, PM10 to integer, CO to 0.1,
	 * SO2 and NO2 to integers.
	 */
	static final Map<Pollutant, Integer> TRUNCATION_DECIMALS = Map.of(Pollutant.O3, 3, Pollutant.PM2_5, 1,
			Pollutant.PM10, 0, Pollutant.CO, 1, Pollutant.SO2, 0, Pollutant.NO2, 0);

	/** US reporting units (§0): ppm for O3 and CO, ppb for SO2 and NO2, µg/m³ for PM. */
	static final Map<Pollutant, ConcentrationUnit> US_UNITS = Map.of(Pollutant.O3, PPM, Pollutant.CO, PPM,
			Pollutant.SO2, PPB, Pollutant.NO2, PPB, Pollutant.PM2_5, UG_M3, Pollutant.PM10, UG_M3);

	public static int truncationDecimals(Pollutant p) {
		return TRUNCATION_DECIMALS.get(p);
	}

	public static ConcentrationUnit usUnit(Pollutant p) {
		return US_UNITS.get(p);
	}

	/** Rows given as BP_Lo, BP_Hi, I_Lo, I_Hi repeated. */
	static BreakpointTable table(String name, ConcentrationUnit unit, Object... rows) {
		List<Segment> segments = new ArrayList<>();
		for (int i = 0; i < rows.length; i += 4) {
			segments.add(new Segment(new BigDecimal((String) rows[i]), new BigDecimal((String) rows[i + 1]),
					(Integer) rows[i + 2], (Integer) rows[i + 3]));
		}
		return new BreakpointTable(name, unit, segments);
	}
}
