package io.cleanair.core.aqi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One edition of HJ 633 as data: which indicator is evaluated on which column in each
 * report (docs/standards.md §1.6), the over-range rules, whether exceeding pollutants are
 * reported, and the missing-data policy.
 */
public record Hj633RuleSet(String id, Map<Indicator, BreakpointTable> hourly, Map<Indicator, BreakpointTable> daily,
		Map<Indicator, OverRangeRule> overRange, boolean reportsExceedingPollutants,
		MissingDataPolicy missingDataPolicy) {

	/**
	 * 2012 hourly: 1-hour SO2, NO2, CO, O3; O3 8-hour moving mean; PM 24-hour moving
	 * means (§1.6).
	 */
	public static final Hj633RuleSet HJ633_2012 = new Hj633RuleSet(AqiStandards.HJ633_2012,
			ordered(Indicator.SO2_1H, Hj633Tables.SO2_1H, Indicator.NO2_1H, Hj633Tables.NO2_1H, Indicator.PM10_24H,
					Hj633Tables.PM10_24H_2012, Indicator.CO_1H, Hj633Tables.CO_1H, Indicator.O3_1H, Hj633Tables.O3_1H,
					Indicator.O3_8H, Hj633Tables.O3_8H, Indicator.PM2_5_24H, Hj633Tables.PM2_5_24H_2012),
			ordered(Indicator.SO2_24H, Hj633Tables.SO2_24H, Indicator.NO2_24H, Hj633Tables.NO2_24H, Indicator.PM10_24H,
					Hj633Tables.PM10_24H_2012, Indicator.CO_24H, Hj633Tables.CO_24H, Indicator.O3_1H, Hj633Tables.O3_1H,
					Indicator.O3_8H, Hj633Tables.O3_8H, Indicator.PM2_5_24H, Hj633Tables.PM2_5_24H_2012),
			// (a) in real time the 24-hour value is taken to be the SO2 24-hour moving
			// mean
			ordered(Indicator.SO2_1H, new OverRangeRule.Substitute(Indicator.SO2_24H, Hj633Tables.SO2_24H),
					Indicator.O3_8H, new OverRangeRule.Substitute(Indicator.O3_1H, Hj633Tables.O3_1H)),
			true, MissingDataPolicy.MISSING_INDICATORS_NA);

	/**
	 * 2026 real time: six 1-hour means, PM on the daily columns; daily: O3 1-hour no
	 * longer used (§1.6).
	 */
	public static final Hj633RuleSet HJ633_2026 = new Hj633RuleSet(AqiStandards.HJ633_2026,
			ordered(Indicator.SO2_1H, Hj633Tables.SO2_1H, Indicator.NO2_1H, Hj633Tables.NO2_1H, Indicator.PM10_1H,
					Hj633Tables.PM10_24H_2026, Indicator.CO_1H, Hj633Tables.CO_1H, Indicator.O3_1H, Hj633Tables.O3_1H,
					Indicator.PM2_5_1H, Hj633Tables.PM2_5_24H_2026),
			ordered(Indicator.SO2_24H, Hj633Tables.SO2_24H, Indicator.NO2_24H, Hj633Tables.NO2_24H, Indicator.PM10_24H,
					Hj633Tables.PM10_24H_2026, Indicator.CO_24H, Hj633Tables.CO_24H, Indicator.O3_8H, Hj633Tables.O3_8H,
					Indicator.PM2_5_24H, Hj633Tables.PM2_5_24H_2026),
			ordered(Indicator.SO2_1H, new OverRangeRule.Fixed(200), Indicator.O3_8H, new OverRangeRule.Fixed(300)),
			false, // "exceeding pollutant" was deleted in HJ 633-2026
			MissingDataPolicy.NA_UNLESS_ABOVE_100);

	public Hj633RuleSet {
		hourly = Collections.unmodifiableMap(new LinkedHashMap<>(hourly));
		daily = Collections.unmodifiableMap(new LinkedHashMap<>(daily));
		overRange = Collections.unmodifiableMap(new LinkedHashMap<>(overRange));
	}

	/**
	 * The indicators that count towards the AQI in {@code period}, with their columns, in
	 * table order.
	 */
	public Map<Indicator, BreakpointTable> tables(ReportPeriod period) {
		return period == ReportPeriod.HOUR ? hourly : daily;
	}

	/** The same edition with another missing-data policy (for assessment variants). */
	public Hj633RuleSet withMissingDataPolicy(MissingDataPolicy policy) {
		return new Hj633RuleSet(id, hourly, daily, overRange, reportsExceedingPollutants, policy);
	}

	@SuppressWarnings("unchecked")
	private static <V> Map<Indicator, V> ordered(Object... pairs) {
		Map<Indicator, V> m = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			m.put((Indicator) pairs[i], (V) pairs[i + 1]);
		}
		return m;
	}
}
