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
 * The rules judged as readings arrive: heavy pollution (certain from a station's hours so far, or
 * observed in a district's day), and — for data within the real-time window — sustained exceedance and
 * short-term rebound at each station's latest hour, and the period rules for the districts whose recent
 * days changed.
 */
@Component
public class ArrivalSignals {

	static final int SERIES_HOURS = 48;

	private final HourlyRepository hourly;

	private final PeriodSignals periodSignals;

	private final ZoneId zone;

	private final Duration realtimeWindow;

	private final HeavyPollutionRule heavy = new HeavyPollutionRule();

	private final SustainedExceedanceRule sustained;

	private final ShortTermReboundRule rebound;

	private final DailyAssessor assessor = DailyAssessor.inForceOnTheDay();

	ArrivalSignals(HourlyRepository hourly, PeriodSignals periodSignals, AnalyticsProperties properties) {
		this.hourly = hourly;
		this.periodSignals = periodSignals;
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
			e = e.plus(heavy.soFar(new StationDaySoFar(station, district, day.getKey().day(), sums(day.getValue())), now));
			latestHour(day.getKey().day(), day.getValue()).ifPresent(h -> latestHour.merge(station, h,
					(a, b) -> a.isAfter(b) ? a : b));
		}
		Instant recent = now.minus(realtimeWindow);
		for (Map.Entry<String, Instant> station : latestHour.entrySet()) {
			if (station.getValue().isAfter(recent)) {
				e = e.plus(hourlyRules(station.getKey(), r.districtOf().get(station.getKey()), station.getValue(), now));
			}
		}
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
			e = e.plus(periodSignals.districts(recentDistricts, latestDay, now)).plus(periodSignals.ranking(latestDay, now));
		}
		return e;
	}

	private Evaluation hourlyRules(String station, String district, Instant lastHour, Instant now) {
		Instant first = lastHour.minus(Duration.ofHours(SERIES_HOURS - 1));
		Map<Pollutant, double[]> values = new EnumMap<>(Pollutant.class);
		for (HourlyRepository.HourlyValue v : hourly.find(station, first, lastHour.plusSeconds(3600))) {
			double[] series = values.computeIfAbsent(v.pollutant(), p -> {
				double[] a = new double[SERIES_HOURS];
				Arrays.fill(a, Double.NaN);
				return a;
			});
			series[(int) Duration.between(first, v.hour()).toHours()] = v.value();
		}
		Evaluation e = Evaluation.none();
		LocalDate day = LocalDate.ofInstant(lastHour, zone);
		for (Map.Entry<Pollutant, double[]> p : values.entrySet()) {
			HourlySeries series = new HourlySeries(station, district, p.getKey(), lastHour, day, p.getValue());
			e = e.plus(sustained.evaluate(series, now)).plus(rebound.evaluate(series, now));
		}
		return e;
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
