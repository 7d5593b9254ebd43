package io.cleanair.analytics.recompute;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cleanair.analytics.config.AnalyticsProperties;
import io.cleanair.analytics.daily.DailyResultOutbox;
import io.cleanair.analytics.daily.DailyResultRepository;
import io.cleanair.analytics.daily.DailyResults;
import io.cleanair.analytics.daily.HourlyRepository;
import io.cleanair.analytics.daily.Scope;
import io.cleanair.analytics.daily.StationDayKey;
import io.cleanair.analytics.daily.StoredDay;
import io.cleanair.analytics.daily.TouchedDays;
import io.cleanair.analytics.station.StationRepository;
import io.cleanair.core.assessment.StationDayHours;
import io.cleanair.core.signal.StationSilentRule.StationActivity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes the stored station, district and city days of a period from the stored
 * hourly values, under the assessment policy configured now (after a change of
 * {@code aq.assessment.*}), one day per transaction. Only results that differ are written
 * and published on {@code aq.daily-results.v1} (through the outbox, once the day's
 * transaction committed), as after new readings, so a second run over the same period
 * changes nothing.
 */
@Service
class RecomputeDays {

	private final HourlyRepository hourly;

	private final StationRepository stations;

	private final DailyResults dailyResults;

	private final DailyResultRepository rollupLock;

	private final DailyResultOutbox outbox;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final ZoneId zone;

	RecomputeDays(HourlyRepository hourly, StationRepository stations, DailyResults dailyResults,
			DailyResultRepository rollupLock, DailyResultOutbox outbox, TransactionTemplate transaction, Clock clock,
			AnalyticsProperties properties) {
		this.hourly = hourly;
		this.stations = stations;
		this.dailyResults = dailyResults;
		this.rollupLock = rollupLock;
		this.outbox = outbox;
		this.transaction = transaction;
		this.clock = clock;
		this.zone = properties.zone();
	}

	/**
	 * Every day of [from, to]; returns how many days were assessed and how many results
	 * changed, by scope.
	 */
	Recomputed recompute(LocalDate from, LocalDate to) {
		List<String> known = stations.activity().stream().map(StationActivity::stationId).toList();
		Recomputed total = Recomputed.none(from, to);
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			LocalDate d = day;
			total = total.plus(transaction.execute(status -> recomputeDay(d, known)));
		}
		return total;
	}

	private Recomputed recomputeDay(LocalDate day, List<String> known) {
		TouchedDays touched = hoursOf(day, known);
		List<StoredDay> stationDays = dailyResults.stationDays(touched);
		rollupLock.lockRollups(List.of(day));
		List<StoredDay> changed = dailyResults.rollUp(touched, stationDays).changed();
		outbox.add(changed, clock.instant());
		Map<Scope, Integer> byScope = Recomputed.zeroes();
		changed.forEach(d -> byScope.merge(d.scope(), 1, Integer::sum));
		return new Recomputed(day, day, 1, touched.dayHours().size(), byScope);
	}

	private TouchedDays hoursOf(LocalDate day, List<String> known) {
		if (known.isEmpty()) {
			return TouchedDays.NONE;
		}
		Instant start = day.atStartOfDay(zone).toInstant();
		Instant end = day.plusDays(1).atStartOfDay(zone).toInstant();
		Map<StationDayKey, StationDayHours> dayHours = new LinkedHashMap<>();
		for (HourlyRepository.HourlyValue v : hourly.find(known, Collections.nCopies(known.size(), start),
				Collections.nCopies(known.size(), end))) {
			dayHours.computeIfAbsent(new StationDayKey(v.stationId(), day), k -> new StationDayHours())
				.set(v.pollutant(), v.hour().atZone(zone).getHour() + 1, v.value(), v.minutesSampled(), v.qcMask());
		}
		List<String> withHours = dayHours.keySet().stream().map(StationDayKey::stationId).toList();
		return new TouchedDays(dayHours, stations.districtsOf(withHours));
	}

	/**
	 * @param days calendar days recomputed
	 * @param stationDays station-days that had hourly values and were assessed again
	 * @param changed results written because they differ from what was stored, by scope
	 */
	record Recomputed(LocalDate from, LocalDate to, int days, int stationDays, Map<Scope, Integer> changed) {

		static Recomputed none(LocalDate from, LocalDate to) {
			return new Recomputed(from, to, 0, 0, zeroes());
		}

		static Map<Scope, Integer> zeroes() {
			Map<Scope, Integer> zero = new LinkedHashMap<>();
			for (Scope scope : Scope.values()) {
				zero.put(scope, 0);
			}
			return zero;
		}

		Recomputed plus(Recomputed day) {
			Map<Scope, Integer> sum = new LinkedHashMap<>(changed);
			day.changed.forEach((scope, n) -> sum.merge(scope, n, Integer::sum));
			return new Recomputed(from, to, days + day.days, stationDays + day.stationDays, sum);
		}
	}

}
