package io.cleanair.analytics.daily;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.cleanair.analytics.config.AnalyticsProperties;
import io.cleanair.analytics.reading.ReadingRepository.ChangedReading;
import io.cleanair.analytics.station.StationRepository;
import io.cleanair.core.assessment.DailyAssessor;
import io.cleanair.core.assessment.DailyConcentrations;
import io.cleanair.core.assessment.StationCoverage;
import io.cleanair.core.assessment.StationDay;
import io.cleanair.core.assessment.StationDayHours;
import org.springframework.stereotype.Service;

/**
 * Recomputes exactly what changed readings touch: their hourly values, their station-days, and the
 * district-days and city-days of the station-days whose result changed. Every daily AQI comes from the
 * aq-core engine (HJ 663 validity, district means of concentrations, HJ 633 in force on the day).
 */
@Service
public class DailyResults {

	private final HourlyRepository hourly;

	private final DailyResultRepository results;

	private final StationRepository stations;

	private final ZoneId zone;

	private final String cityId;

	private final DailyAssessor assessor = DailyAssessor.inForceOnTheDay();

	DailyResults(HourlyRepository hourly, DailyResultRepository results, StationRepository stations,
			AnalyticsProperties properties) {
		this.hourly = hourly;
		this.results = results;
		this.stations = stations;
		this.zone = properties.zone();
		this.cityId = properties.cityId();
	}

	public Recomputation recompute(List<ChangedReading> changed) {
		if (changed.isEmpty()) {
			return new Recomputation(List.of(), Map.of(), Map.of());
		}
		Set<HourlyRepository.HourKey> hours = new LinkedHashSet<>();
		Set<StationDayKey> days = new LinkedHashSet<>();
		Map<String, String> districtOf = new HashMap<>();
		for (ChangedReading r : changed) {
			ZonedDateTime local = r.time().atZone(zone);
			hours.add(new HourlyRepository.HourKey(r.stationId(), r.pollutant(),
					local.truncatedTo(ChronoUnit.HOURS).toInstant()));
			days.add(new StationDayKey(r.stationId(), local.toLocalDate()));
			districtOf.put(r.stationId(), r.districtId());
		}
		hourly.recompute(hours);
		districtOf.putAll(stations.districtsOf(districtOf.keySet()));
		Map<StationDayKey, StationDayHours> dayHours = loadHours(days);
		List<StoredDay> stationDays = new ArrayList<>();
		dayHours.forEach((key, h) -> stationDays.add(StoredDay.of(Scope.STATION, key.stationId(),
				districtOf.get(key.stationId()), 1, assessor.assess(StationDay.compute(key.day(), h)))));
		List<StoredDay> changedDays = new ArrayList<>(results.storeChanged(stationDays));
		List<StoredDay> changedStations = List.copyOf(changedDays);
		changedDays.addAll(results.storeChanged(districtDays(changedStations)));
		changedDays.addAll(results.storeChanged(cityDays(changedStations)));
		return new Recomputation(changedDays, dayHours, districtOf);
	}

	private Map<StationDayKey, StationDayHours> loadHours(Set<StationDayKey> days) {
		List<StationDayKey> keys = List.copyOf(days);
		List<Instant> from = keys.stream().map(k -> k.day().atStartOfDay(zone).toInstant()).toList();
		List<Instant> to = keys.stream().map(k -> k.day().plusDays(1).atStartOfDay(zone).toInstant()).toList();
		Map<StationDayKey, StationDayHours> byDay = new LinkedHashMap<>();
		keys.forEach(k -> byDay.put(k, new StationDayHours()));
		for (HourlyRepository.HourlyValue v : hourly.find(keys.stream().map(StationDayKey::stationId).toList(), from, to)) {
			ZonedDateTime local = v.hour().atZone(zone);
			StationDayHours h = byDay.get(new StationDayKey(v.stationId(), local.toLocalDate()));
			if (h != null) {
				h.setByStartHour(v.pollutant(), local.getHour(), v.value());
			}
		}
		return byDay;
	}

	/** District day = the mean of its stations' valid daily values (spec §2.4), then one AQI. */
	private List<StoredDay> districtDays(List<StoredDay> changedStations) {
		Set<Map.Entry<String, LocalDate>> touched = changedStations.stream()
			.filter(d -> d.districtId() != null)
			.map(d -> Map.entry(d.districtId(), d.day()))
			.collect(Collectors.toCollection(LinkedHashSet::new));
		if (touched.isEmpty()) {
			return List.of();
		}
		Map<Map.Entry<String, LocalDate>, List<DailyConcentrations>> byDistrictDay = new LinkedHashMap<>();
		touched.forEach(t -> byDistrictDay.put(t, new ArrayList<>()));
		for (StoredDay s : results.stationDaysOfDistricts(touched.stream().map(Map.Entry::getKey).toList(),
				touched.stream().map(Map.Entry::getValue).toList())) {
			byDistrictDay.get(Map.entry(s.districtId(), s.day())).add(s.concentrations());
		}
		List<StoredDay> districtDays = new ArrayList<>();
		byDistrictDay.forEach((key, list) -> districtDays.add(StoredDay.of(Scope.DISTRICT, key.getKey(), key.getKey(),
				list.size(), assessor.assessDistrict(key.getValue(), list, list.size(), StationCoverage.ANY_STATION))));
		return districtDays;
	}

	/** City day = the mean over all stations that day. */
	private List<StoredDay> cityDays(List<StoredDay> changedStations) {
		Set<LocalDate> touched = changedStations.stream().map(StoredDay::day).collect(Collectors.toSet());
		if (touched.isEmpty()) {
			return List.of();
		}
		Map<LocalDate, List<DailyConcentrations>> byDay = new LinkedHashMap<>();
		results.stationDaysOn(touched)
			.forEach(s -> byDay.computeIfAbsent(s.day(), d -> new ArrayList<>()).add(s.concentrations()));
		List<StoredDay> cityDays = new ArrayList<>();
		byDay.forEach((day, list) -> cityDays.add(StoredDay.of(Scope.CITY, cityId, null, list.size(),
				assessor.assessDistrict(day, list, list.size(), StationCoverage.ANY_STATION))));
		return cityDays;
	}

	/**
	 * @param changed   the daily results (station, district, city) that are new or differ from before
	 * @param dayHours  the hourly values of every station-day the readings touched
	 * @param districtOf station → district
	 */
	public record Recomputation(List<StoredDay> changed, Map<StationDayKey, StationDayHours> dayHours,
			Map<String, String> districtOf) {
	}
}
