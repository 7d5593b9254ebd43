package io.cleanair.analytics.daily;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.cleanair.analytics.config.AnalyticsProperties;
import io.cleanair.core.assessment.DailyAssessor;
import io.cleanair.core.assessment.DailyConcentrations;
import io.cleanair.core.assessment.FlaggedValuePolicy;
import io.cleanair.core.assessment.StationCoverage;
import io.cleanair.core.assessment.StationDay;
import io.cleanair.core.assessment.StationDayHours;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Recomputes exactly what changed readings touch: their station-days (whose hourly values
 * {@code ReadingRepository} recomputed with the readings), and the district-days and
 * city-days of the station-days whose result changed. Every daily AQI comes from the
 * aq-core engine (HJ 663 validity, district means of concentrations, HJ 633 in force on
 * the day with its day-validity policy, QC-flagged values by
 * {@code aq.assessment.flagged-values}).
 */
@Service
public class DailyResults {

	private final DailyResultRepository results;

	private final String cityId;

	private final DailyAssessor assessor;

	private final FlaggedValuePolicy flagged;

	private final ApplicationEventPublisher events;

	DailyResults(DailyResultRepository results, AnalyticsProperties properties, ApplicationEventPublisher events) {
		this.results = results;
		this.events = events;
		this.cityId = properties.cityId();
		this.assessor = new DailyAssessor(properties.assessment().ruleSets());
		this.flagged = properties.assessment().flaggedValues();
	}

	/**
	 * Assesses the touched station-days and stores them; returns those whose result is
	 * new or changed.
	 */
	public List<StoredDay> stationDays(TouchedDays touched) {
		if (touched.isEmpty()) {
			return List.of();
		}
		return results.storeChanged(assessStationDays(touched));
	}

	/** Assesses the touched station-days, without storing them. */
	public List<StoredDay> assessStationDays(TouchedDays touched) {
		List<StoredDay> stationDays = new ArrayList<>(touched.dayHours().size());
		touched.dayHours()
			.forEach((key, h) -> stationDays
				.add(StoredDay.of(Scope.STATION, key.stationId(), touched.districtOf().get(key.stationId()), 1,
						assessor.assess(StationDay.compute(key.stationId(), key.day(), h, flagged)))));
		return stationDays;
	}

	/** The days of these results, for {@link DailyResultRepository#lockRollups}. */
	public static Set<LocalDate> daysOf(List<StoredDay> days) {
		Set<LocalDate> on = new TreeSet<>();
		days.forEach(d -> on.add(d.day()));
		return on;
	}

	/**
	 * Recomputes and stores the district-days and city-days of the changed station-days,
	 * from every stored station-day of those days. Call it under
	 * {@link DailyResultRepository#lockRollups} of their days: station-days are a batch's
	 * own (readings are keyed by station), district and city days are shared between
	 * consumers.
	 */
	public Recomputation rollUp(TouchedDays touched, List<StoredDay> changedStations) {
		List<StoredDay> changed = new ArrayList<>(changedStations);
		if (!changedStations.isEmpty()) {
			changed.addAll(results.storeChanged(rollups(changedStations)));
		}
		Set<Integer> years = new TreeSet<>();
		changed.stream().filter(d -> d.scope() == Scope.DISTRICT).forEach(d -> years.add(d.day().getYear()));
		if (!years.isEmpty()) {
			results.raiseDistrictDayVersions(years);
			events.publishEvent(new DistrictDaysChanged(years));
		}
		return new Recomputation(changed, touched.dayHours(), touched.districtOf());
	}

	/**
	 * District day = the mean of its stations' valid daily values (docs/standards.md
	 * §2.4), then one AQI; city day = the same over all stations that day.
	 */
	private List<StoredDay> rollups(List<StoredDay> changedStations) {
		Map<Map.Entry<String, LocalDate>, List<DailyConcentrations>> byDistrictDay = new LinkedHashMap<>();
		Map<LocalDate, List<DailyConcentrations>> byDay = new LinkedHashMap<>();
		for (StoredDay d : changedStations) {
			if (d.districtId() != null) {
				byDistrictDay.putIfAbsent(Map.entry(d.districtId(), d.day()), new ArrayList<>());
			}
			byDay.putIfAbsent(d.day(), new ArrayList<>());
		}
		for (StoredDay s : results.stationDaysOn(byDay.keySet())) {
			byDay.get(s.day()).add(s.concentrations());
			if (s.districtId() != null) {
				List<DailyConcentrations> district = byDistrictDay.get(Map.entry(s.districtId(), s.day()));
				if (district != null) {
					district.add(s.concentrations());
				}
			}
		}
		List<StoredDay> rollups = new ArrayList<>(byDistrictDay.size() + byDay.size());
		byDistrictDay.forEach((key, list) -> rollups.add(StoredDay.of(Scope.DISTRICT, key.getKey(), key.getKey(),
				list.size(), assessor.assessDistrict(key.getValue(), list, list.size(), StationCoverage.ANY_STATION))));
		byDay.forEach((day, list) -> rollups.add(StoredDay.of(Scope.CITY, cityId, null, list.size(),
				assessor.assessDistrict(day, list, list.size(), StationCoverage.ANY_STATION))));
		return rollups;
	}

	/**
	 * @param changed the daily results (station, district, city) that are new or differ
	 * from before
	 * @param dayHours the hourly values of every station-day the readings touched
	 * @param districtOf station → district
	 */
	public record Recomputation(List<StoredDay> changed, Map<StationDayKey, StationDayHours> dayHours,
			Map<String, String> districtOf) {
	}

}
