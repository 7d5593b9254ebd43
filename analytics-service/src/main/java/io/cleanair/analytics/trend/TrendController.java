package io.cleanair.analytics.trend;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.cleanair.analytics.config.AnalyticsProperties;
import io.cleanair.analytics.daily.Scope;
import io.cleanair.analytics.web.CsvTable;
import io.cleanair.core.pollutant.ConcentrationUnit;
import io.cleanair.core.pollutant.Pollutant;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code GET /api/v1/trends?scope=&id=&pollutant=&from=&to=&interval=hour|day|week|month|year[&compare=previous-year]}.
 * {@code from}/{@code to} are dates (inclusive). Hourly points are hourly values labelled
 * by the start of the hour in the bureau's zone; day points are the daily statistic
 * (24-hour mean; O3 MDA8); week, month and year points are the mean of the daily
 * statistics in the period (weeks start on Monday).
 */
@RestController
class TrendController {

	private final TrendRepository trends;

	private final ZoneId zone;

	TrendController(TrendRepository trends, AnalyticsProperties properties) {
		this.trends = trends;
		this.zone = properties.zone();
	}

	@GetMapping(path = "/api/v1/trends", produces = { MediaType.APPLICATION_JSON_VALUE, "text/csv" })
	Mono<Trend> trend(@Valid TrendQuery query) {
		return Mono
			.fromCallable(() -> build(query.scope(), query.id(), query.pollutant(), query.step(), query.from(),
					query.to(), query.previousYear()))
			.subscribeOn(Schedulers.boundedElastic());
	}

	private Trend build(Scope scope, String id, Pollutant p, Interval step, LocalDate from, LocalDate to,
			boolean previousYear) {
		List<TrendRepository.RawPoint> current = points(scope, id, p, step, from, to);
		Map<Temporal, TrendRepository.RawPoint> before = new HashMap<>();
		if (previousYear) {
			for (TrendRepository.RawPoint r : points(scope, id, p, step, from.minusYears(1), to.minusYears(1))) {
				before.put(shiftYear(r.period(), step), r);
			}
		}
		List<Point> out = new ArrayList<>(current.size());
		for (TrendRepository.RawPoint r : current) {
			TrendRepository.RawPoint b = before.get(r.period());
			out.add(new Point(label(r.period()), r.value(), r.count(), b == null ? null : b.value()));
		}
		String unit = p.canonicalUnit() == ConcentrationUnit.MG_M3 ? "mg/m3" : "ug/m3";
		return new Trend(scope.label(), id, p.name(), unit, step.sqlField(), from, to, out);
	}

	private List<TrendRepository.RawPoint> points(Scope scope, String id, Pollutant p, Interval step, LocalDate from,
			LocalDate to) {
		if (step == Interval.HOUR) {
			return trends.hourly(scope, id, p, from.atStartOfDay(zone).toInstant(),
					to.plusDays(1).atStartOfDay(zone).toInstant());
		}
		return trends.daily(scope, id, p, step, from, to);
	}

	/**
	 * The key a point of a year earlier matches: the same local hour or the same period
	 * start a year later.
	 */
	private Temporal shiftYear(Temporal period, Interval step) {
		if (period instanceof Instant hour) {
			return hour.atZone(zone).plusYears(1).toInstant();
		}
		LocalDate d = ((LocalDate) period).plusYears(1);
		return step == Interval.WEEK ? d.with(java.time.DayOfWeek.MONDAY) : d;
	}

	/**
	 * An hour as its start in the bureau's zone ({@code 2025-01-01T08:00+08:00}), a day
	 * or period as its first day; formatted straight from the value (8,760 hours of a
	 * year parsed back from text were a third of the request's time).
	 */
	private String label(Temporal period) {
		return period instanceof Instant hour ? OffsetDateTime.ofInstant(hour, zone).toString() : period.toString();
	}

	/**
	 * @param previousYear the value of the same period a year earlier, when asked for and
	 * present
	 */
	record Point(String time, double value, int count, Double previousYear) {
	}

	record Trend(String scope, String id, String pollutant, String unit, String interval, LocalDate from, LocalDate to,
			List<Point> points) implements CsvTable {

		@Override
		public List<String> csvHeader() {
			return List.of("time", "value", "count", "previousYear");
		}

		@Override
		public List<List<Object>> csvRows() {
			return points.stream()
				.map(pt -> List.<Object>of(pt.time(), pt.value(), pt.count(),
						pt.previousYear() == null ? "" : pt.previousYear()))
				.toList();
		}
	}

}
