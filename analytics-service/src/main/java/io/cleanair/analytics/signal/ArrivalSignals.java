package io.cleanair.analytics.signal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.cleanair.analytics.config.AnalyticsProperties;
import io.cleanair.analytics.daily.DailyResults.Recomputation;
import io.cleanair.analytics.daily.HourlyRepository;
import io.cleanair.analytics.daily.Scope;
import io.cleanair.analytics.daily.StationDayKey;
import io.cleanair.analytics.daily.StoredDay;
import io.cleanair.core.assessment.DailyAssessor;
import io.cleanair.core.assessment.StationDayHours;
import io.cleanair.core.pollutant.Pollutant;
import io.cleanair.core.signal.Evaluation;
import io.cleanair.core.signal.HeavyPollutionRule;
import io.cleanair.core.signal.HourlySeries;
import io.cleanair.core.signal.ShortTermReboundRule;
import io.cleanair.core.signal.StationDaySoFar;
import io.cleanair.core.signal.SustainedExceedanceRule;
import org.springframework.stereotype.Component;

/**
 * The rules judged as readings arrive: heavy pollution (certain from a station's hours so
 * far, or observed in a district's day), and — for data within the real-time window —
 * sustained exceedance and short-term rebound at each station's latest hour; the
 * districts whose recent days changed are marked for the period rules
 * ({@link PeriodRuleQueue}).
 */
@Component
public class ArrivalSignals {

	static final int SERIES_HOURS = 48;

	private final HourlyRepository hourly;

	private final PeriodRuleQueue periodRules;

	private final ZoneId zone;

	private final Duration realtimeWindow;

	private final HeavyPollutionRule heavy = new HeavyPollutionRule();

	private final SustainedExceedanceRule sustained;

	private final ShortTermReboundRule rebound;

	private final DailyAssessor assessor = DailyAssessor.inForceOnTheDay();

	ArrivalSignals(HourlyRepository hourly, PeriodRuleQueue periodRules, AnalyticsProperties properties) {
		this.hourly = hourly;
		this.periodRules = periodRules;
		this.zone = properties.zone();
		this.realtimeWindow = properties.signals().realtimeWindow();
		this.sustained = new SustainedExceedanceRule(properties.signals().thresholds());
		this.rebound = new ShortTermReboundRule(properties.signals().thresholds());
	}

	public Evaluation evaluate(Recomputation r, Instant now) {
		return evaluate(r, HeldHours.NONE, now);
	}

	/**
	 * As {@link #evaluate(Recomputation, Instant)}, with the hours a batch holds: the
	 * hourly rules' series read from the database only the days not held.
	 */
	public Evaluation evaluate(Recomputation r, HeldHours held, Instant now) {
		Evaluation e = Evaluation.none();
		Map<String, Instant> latestHour = new HashMap<>();
		for (Map.Entry<StationDayKey, StationDayHours> day : r.dayHours().entrySet()) {
			String station = day.getKey().stationId();
			String district = r.districtOf().get(station);
			e = e.plus(
					heavy.soFar(new StationDaySoFar(station, district, day.getKey().day(), sums(day.getValue())), now));
			latestHour(day.getKey().day(), day.getValue())
				.ifPresent(h -> latestHour.merge(station, h, (a, b) -> a.isAfter(b) ? a : b));
		}
		Instant recent = now.minus(realtimeWindow);
		latestHour.values().removeIf(h -> !h.isAfter(recent));
		e = e.plus(hourlyRules(latestHour, r.districtOf(), held, now));
		Set<String> recentDistricts = new LinkedHashSet<>();
		LocalDate latestDay = null;
		for (StoredDay d : r.changed()) {
			if (d.scope() == Scope.DISTRICT) {
				e = e.plus(heavy.observed(d.scopeId(), assessor.assess(d.concentrations()), now));
				if (!d.day().atStartOfDay(zone).plusDays(1).toInstant().isBefore(recent)) {
					recentDistricts.add(d.scopeId());
					latestDay = latestDay == null || d.day().isAfter(latestDay) ? d.day() : latestDay;
				}
			}
		}
		if (latestDay != null) {
			periodRules.mark(recentDistricts, latestDay);
		}
		return e;
	}

	/**
	 * Sustained exceedance and short-term rebound at each station's latest hour: the
	 * series of the last {@value #SERIES_HOURS} hours from the held days, and from one
	 * query for all stations for the hours before the last day not held.
	 */
	private Evaluation hourlyRules(Map<String, Instant> latestHour, Map<String, String> districtOf, HeldHours held,
			Instant now) {
		if (latestHour.isEmpty()) {
			return Evaluation.none();
		}
		Map<String, Map<Pollutant, double[]>> series = new HashMap<>();
		List<String> stations = new ArrayList<>();
		List<Instant> firsts = new ArrayList<>();
		List<Instant> ends = new ArrayList<>();
		for (Map.Entry<String, Instant> latest : latestHour.entrySet()) {
			String station = latest.getKey();
			Instant first = firstOfSeries(latest.getValue());
			Instant end = latest.getValue().plusSeconds(3600);
			Instant readUntil = first;
			LocalDate date = null;
			HeldHours.Day day = null;
			for (Instant hour = first; hour.isBefore(end); hour = hour.plusSeconds(3600)) {
				ZonedDateTime local = hour.atZone(zone);
				if (!local.toLocalDate().equals(date)) {
					date = local.toLocalDate();
					day = held.day(station, date);
				}
				if (day == null) {
					readUntil = hour.plusSeconds(3600);
					continue;
				}
				for (Pollutant p : Pollutant.values()) {
					double value = day.value(p, local.getHour());
					if (!Double.isNaN(value)) {
						seriesOf(series, station, p)[index(first, hour)] = value;
					}
				}
			}
			if (readUntil.isAfter(first)) {
				stations.add(station);
				firsts.add(first);
				ends.add(readUntil);
			}
		}
		if (!stations.isEmpty()) {
			for (HourlyRepository.HourlyValue v : hourly.find(stations, firsts, ends)) {
				seriesOf(series, v.stationId(), v.pollutant())[index(firstOfSeries(latestHour.get(v.stationId())),
						v.hour())] = v.value();
			}
		}
		Evaluation e = Evaluation.none();
		for (Map.Entry<String, Map<Pollutant, double[]>> station : series.entrySet()) {
			Instant lastHour = latestHour.get(station.getKey());
			LocalDate day = LocalDate.ofInstant(lastHour, zone);
			for (Map.Entry<Pollutant, double[]> p : station.getValue().entrySet()) {
				HourlySeries hours = new HourlySeries(station.getKey(), districtOf.get(station.getKey()), p.getKey(),
						lastHour, day, p.getValue());
				e = e.plus(sustained.evaluate(hours, now)).plus(rebound.evaluate(hours, now));
			}
		}
		return e;
	}

	private static double[] seriesOf(Map<String, Map<Pollutant, double[]>> series, String station, Pollutant p) {
		return series.computeIfAbsent(station, k -> new EnumMap<>(Pollutant.class)).computeIfAbsent(p, k -> {
			double[] a = new double[SERIES_HOURS];
			Arrays.fill(a, Double.NaN);
			return a;
		});
	}

	private static int index(Instant first, Instant hour) {
		return (int) Duration.between(first, hour).toHours();
	}

	private static Instant firstOfSeries(Instant lastHour) {
		return lastHour.minus(Duration.ofHours(SERIES_HOURS - 1));
	}

	private static Map<Pollutant, StationDaySoFar.HourlySum> sums(StationDayHours hours) {
		Map<Pollutant, StationDaySoFar.HourlySum> sums = new TreeMap<>();
		for (Pollutant p : Pollutant.values()) {
			double sum = 0;
			int n = 0;
			for (double v : hours.hours(p)) {
				if (!Double.isNaN(v)) {
					sum += v;
					n++;
				}
			}
			if (n > 0) {
				sums.put(p, new StationDaySoFar.HourlySum(sum, n));
			}
		}
		return sums;
	}

	private java.util.Optional<Instant> latestHour(LocalDate day, StationDayHours hours) {
		for (int h = 23; h >= 0; h--) {
			for (Pollutant p : Pollutant.values()) {
				if (!Double.isNaN(hours.hours(p)[h])) {
					return java.util.Optional.of(day.atStartOfDay(zone).plusHours(h).toInstant());
				}
			}
		}
		return java.util.Optional.empty();
	}

}
