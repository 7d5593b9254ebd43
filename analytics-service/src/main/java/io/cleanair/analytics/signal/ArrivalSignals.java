package io.cleanair.analytics.signal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
		e = e.plus(hourlyRules(latestHour, r.districtOf(), now));
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
	 * Sustained exceedance and short-term rebound at each station's latest hour, from one
	 * query for all.
	 */
	private Evaluation hourlyRules(Map<String, Instant> latestHour, Map<String, String> districtOf, Instant now) {
		if (latestHour.isEmpty()) {
			return Evaluation.none();
		}
		List<String> stations = List.copyOf(latestHour.keySet());
		List<Instant> firsts = stations.stream().map(s -> firstOfSeries(latestHour.get(s))).toList();
		List<Instant> ends = stations.stream().map(s -> latestHour.get(s).plusSeconds(3600)).toList();
		Map<String, Map<Pollutant, double[]>> series = new HashMap<>();
		for (HourlyRepository.HourlyValue v : hourly.find(stations, firsts, ends)) {
			double[] values = series.computeIfAbsent(v.stationId(), k -> new EnumMap<>(Pollutant.class))
				.computeIfAbsent(v.pollutant(), p -> {
					double[] a = new double[SERIES_HOURS];
					Arrays.fill(a, Double.NaN);
					return a;
				});
			values[(int) Duration.between(firstOfSeries(latestHour.get(v.stationId())), v.hour()).toHours()] = v
				.value();
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
