package io.cleanair.core.assessment;

import io.cleanair.core.aqi.Indicator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A district's (or city's) daily concentrations from its stations' (docs/standards.md
 * §2.4): per indicator the arithmetic mean of the stations' valid daily values. The
 * district AQI is then computed from these means — never by averaging station AQIs. The
 * values the stations left out are the district day's too.
 */
public final class DistrictDay {

	private DistrictDay() {
	}

	/**
	 * @param stationDays the stations' valid daily statistics for {@code day}
	 * @param assessmentStations the district's number of assessment stations (≥
	 * stationDays.size())
	 */
	public static DailyConcentrations combine(LocalDate day, Collection<DailyConcentrations> stationDays,
			int assessmentStations, StationCoverage coverage) {
		Map<Indicator, Double> means = new EnumMap<>(Indicator.class);
		for (Indicator indicator : Indicator.values()) {
			double sum = 0;
			int count = 0;
			for (DailyConcentrations station : stationDays) {
				if (!station.day().equals(day)) {
					throw new IllegalArgumentException("station day " + station.day() + " is not " + day);
				}
				Double value = station.values().get(indicator);
				if (value != null) {
					sum += value;
					count++;
				}
			}
			if (count > 0 && coverage.isSatisfied(count, assessmentStations)) {
				means.put(indicator, sum / count);
			}
		}
		List<ExcludedValue> excluded = new ArrayList<>();
		stationDays.forEach(station -> excluded.addAll(station.excluded()));
		// by station, each station's in its own order: the same list whatever order the
		// stations came in
		excluded.sort(Comparator.comparing(ExcludedValue::stationId, Comparator.nullsFirst(Comparator.naturalOrder())));
		return new DailyConcentrations(day, means, excluded);
	}

	/**
	 * With the default coverage: any one station with a valid value gives the district a
	 * value.
	 */
	public static DailyConcentrations combine(LocalDate day, Collection<DailyConcentrations> stationDays) {
		return combine(day, stationDays, stationDays.size(), StationCoverage.ANY_STATION);
	}

}
