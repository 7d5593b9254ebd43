package io.cleanair.core.assessment;

import io.cleanair.core.aqi.AqiResult;
import io.cleanair.core.aqi.Indicator;
import io.cleanair.core.pollutant.Pollutant;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One day of one station, district or city as an analyst puts it beside a published
 * bulletin: each daily indicator's concentration as looked up (rounded per GB/T 8170) and
 * its IAQI, the AQI, category and primary pollutants, whether the day is valid (or why
 * not) under which rule set and day-validity policy, and the hourly values left out.
 * {@code aq assess --daily} and analytics' {@code GET /api/v1/daily} print these fields.
 */
public record DailyRecord(LocalDate date, String scope, String id, Map<Indicator, BigDecimal> concentrations,
		Map<Indicator, Integer> iaqi, Integer aqi, String category, List<Pollutant> primaryPollutants, boolean valid,
		String invalidReason, String ruleSet, String validityPolicy, List<Indicator> missing,
		List<ExcludedValue> excluded, boolean pendingAudit) {

	/** The daily-report indicators, in the order of the columns. */
	public static final List<Indicator> INDICATORS = List.of(Indicator.PM2_5_24H, Indicator.PM10_24H, Indicator.SO2_24H,
			Indicator.NO2_24H, Indicator.CO_24H, Indicator.O3_1H, Indicator.O3_8H);

	public DailyRecord {
		concentrations = Collections.unmodifiableMap(copy(concentrations));
		iaqi = Collections.unmodifiableMap(copy(iaqi));
		primaryPollutants = List.copyOf(primaryPollutants);
		missing = List.copyOf(missing);
		excluded = List.copyOf(excluded);
	}

	public static DailyRecord of(String scope, String id, DayAssessment day) {
		AqiResult r = day.result();
		List<Indicator> missing = INDICATORS.stream().filter(r.missing()::contains).toList();
		return new DailyRecord(day.day(), scope, id, r.concentrations(), r.iaqi(),
				day.aqi().isPresent() ? r.aqi() : null, day.hasValidAqi() ? String.valueOf(r.category()) : null,
				r.primaryPollutants(), day.hasValidAqi(), day.invalidReason(), r.ruleSet(), day.validityPolicy().name(),
				missing, day.excluded(), day.pendingAudit());
	}

	/** The CSV header: fixed columns, then each indicator's concentration and IAQI. */
	public static List<String> columns() {
		List<String> columns = new ArrayList<>(List.of("date", "scope", "id", "aqi", "category", "primaryPollutants",
				"valid", "invalidReason", "ruleSet", "validityPolicy"));
		for (Indicator indicator : INDICATORS) {
			columns.add(indicator.name());
			columns.add(indicator.name() + "_IAQI");
		}
		columns.addAll(List.of("missing", "excluded", "pendingAudit"));
		return columns;
	}

	/** The values in {@link #columns()} order; absent values are null. */
	public List<Object> values() {
		List<Object> values = new ArrayList<>(List.of(date, scope, id));
		values.add(aqi);
		values.add(category);
		values.add(primaryPollutants.stream().map(Enum::name).collect(Collectors.joining(" ")));
		values.add(valid);
		values.add(invalidReason);
		values.add(ruleSet);
		values.add(validityPolicy);
		for (Indicator indicator : INDICATORS) {
			values.add(concentrations.get(indicator));
			values.add(iaqi.get(indicator));
		}
		values.add(missing.stream().map(Enum::name).collect(Collectors.joining(" ")));
		values.add(excluded.stream().map(DailyRecord::describe).collect(Collectors.joining("; ")));
		values.add(pendingAudit);
		return values;
	}

	/**
	 * One excluded value in a line:
	 * {@code station O3 h16 500 NOT_FOR_EXCEEDANCE_EXCEPTION [SPIKE] O3_1H}.
	 */
	public static String describe(ExcludedValue e) {
		return (e.stationId() == null ? "" : e.stationId() + " ") + e.pollutant() + " h" + e.hourLabel() + " "
				+ BigDecimal.valueOf(e.value()).stripTrailingZeros().toPlainString() + " " + e.reason() + " "
				+ e.detail() + (e.statistic() == null ? "" : " " + e.statistic());
	}

	private static <V> Map<Indicator, V> copy(Map<Indicator, V> m) {
		Map<Indicator, V> c = new EnumMap<>(Indicator.class);
		m.forEach((k, v) -> {
			if (INDICATORS.contains(k)) {
				c.put(k, v);
			}
		});
		return c;
	}
}
