package io.cleanair.cli.assess;

import io.cleanair.core.assessment.DailyAssessor;
import io.cleanair.core.assessment.DailyConcentrations;
import io.cleanair.core.assessment.DailyRecord;
import io.cleanair.core.assessment.DayAssessment;
import io.cleanair.core.assessment.DistrictDay;
import io.cleanair.core.assessment.FlaggedValuePolicy;
import io.cleanair.core.assessment.PeriodAssessor;
import io.cleanair.core.assessment.StationCoverage;
import io.cleanair.core.assessment.StationDay;
import io.cleanair.core.assessment.StationDayHours;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns hourly values into daily AQIs per group, and one period assessment per (group,
 * calendar year).
 */
final class GroupAssessor {

	private final DailyAssessor dailyAssessor;

	private final StationCoverage coverage;

	private final FlaggedValuePolicy flagged;

	GroupAssessor(DailyAssessor dailyAssessor, StationCoverage coverage, FlaggedValuePolicy flagged) {
		this.dailyAssessor = dailyAssessor;
		this.coverage = coverage;
		this.flagged = flagged;
	}

	List<AssessmentRow> assess(HourlyStore store, Grouping grouping) {
		List<AssessmentRow> rows = new ArrayList<>();
		days(store, grouping).forEach((id, days) -> rows.addAll(byYear(grouping, id, days)));
		return rows;
	}

	/**
	 * Every day of every group, by group id and date, as {@code aq assess --daily} prints
	 * them.
	 */
	List<DailyRecord> daily(HourlyStore store, Grouping grouping) {
		List<DailyRecord> records = new ArrayList<>();
		days(store, grouping)
			.forEach((id, days) -> days.forEach(d -> records.add(DailyRecord.of(grouping.label(), id, d))));
		return records;
	}

	private Map<String, List<DayAssessment>> days(HourlyStore store, Grouping grouping) {
		Map<String, Map<LocalDate, DailyConcentrations>> stationDays = stationDays(store);
		Map<String, List<DayAssessment>> days = new TreeMap<>();
		if (grouping == Grouping.STATION) {
			stationDays.forEach((station, daily) -> days.put(station,
					daily.values().parallelStream().map(dailyAssessor::assess).toList()));
		}
		else {
			days.put(Grouping.CITY_ID, cityDays(stationDays));
		}
		return days;
	}

	private Map<String, Map<LocalDate, DailyConcentrations>> stationDays(HourlyStore store) {
		Map<String, Map<LocalDate, DailyConcentrations>> result = new TreeMap<>();
		store.byStation().entrySet().parallelStream().map(station -> {
			Map<LocalDate, DailyConcentrations> daily = new TreeMap<>();
			for (Map.Entry<LocalDate, StationDayHours> day : station.getValue().entrySet()) {
				daily.put(day.getKey(), StationDay.compute(station.getKey(), day.getKey(), day.getValue(), flagged));
			}
			return Map.entry(station.getKey(), daily);
		}).toList().forEach(e -> result.put(e.getKey(), e.getValue()));
		return result;
	}

	/**
	 * docs/assessment.md: the city's daily concentrations are station means; its AQI
	 * comes from those.
	 */
	private List<DayAssessment> cityDays(Map<String, Map<LocalDate, DailyConcentrations>> stationDays) {
		Map<LocalDate, List<DailyConcentrations>> byDay = new TreeMap<>();
		stationDays.values()
			.forEach(days -> days
				.forEach((day, values) -> byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(values)));
		int stations = stationDays.size();
		return byDay.entrySet()
			.parallelStream()
			.map(e -> dailyAssessor.assess(DistrictDay.combine(e.getKey(), e.getValue(), stations, coverage)))
			.toList();
	}

	private static List<AssessmentRow> byYear(Grouping grouping, String id, List<DayAssessment> days) {
		Map<Integer, List<DayAssessment>> years = new TreeMap<>();
		days.forEach(d -> years.computeIfAbsent(d.day().getYear(), y -> new ArrayList<>()).add(d));
		List<AssessmentRow> rows = new ArrayList<>();
		years.forEach((year, yearDays) -> rows.add(new AssessmentRow(grouping, id, year,
				PeriodAssessor.assess(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), yearDays))));
		return rows;
	}

}
