package io.cleanair.analytics.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.cleanair.analytics.config.AnalyticsProperties;
import io.cleanair.analytics.daily.Scope;
import io.cleanair.analytics.district.DistrictRepository;
import io.cleanair.analytics.web.BadParameterException;
import io.cleanair.analytics.web.CsvTable;
import io.cleanair.core.assessment.PeriodAssessment;
import io.cleanair.core.pollutant.Pollutant;
import io.cleanair.core.target.TargetProgress;
import io.cleanair.core.target.YearToDate;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code GET /api/v1/districts/{id}/good-days?year=[&date=]}: the district's good days so
 * far against its target, as of today (or the end of a past year), or as of {@code date}.
 */
@RestController
class GoodDaysController {

	private final Periods periods;

	private final DistrictRepository districts;

	private final Clock clock;

	private final ZoneId zone;

	GoodDaysController(Periods periods, DistrictRepository districts, Clock clock, AnalyticsProperties properties) {
		this.periods = periods;
		this.districts = districts;
		this.clock = clock;
		this.zone = properties.zone();
	}

	@GetMapping(path = "/api/v1/districts/{id}/good-days", produces = { MediaType.APPLICATION_JSON_VALUE, "text/csv" })
	Mono<GoodDays> goodDays(@PathVariable String id, @Valid GoodDaysQuery query) {
		BadParameterException.requireIdentifier("id", id);
		LocalDate today = LocalDate.now(clock.withZone(zone));
		LocalDate on = query.date();
		int y = query.yearOr(on == null ? today.getYear() : on.getYear());
		if (on != null && on.getYear() != y) {
			throw new BadParameterException("date", "must lie in the year " + y + ", was " + on);
		}
		LocalDate asOf = on != null ? on : y == today.getYear() ? today : LocalDate.of(y, 12, 31);
		return Mono.fromCallable(() -> of(id, y, asOf)).subscribeOn(Schedulers.boundedElastic());
	}

	private GoodDays of(String id, int year, LocalDate asOf) {
		PeriodAssessment p = periods.assess(Scope.DISTRICT, id, LocalDate.of(year, 1, 1), asOf);
		Optional<DistrictRepository.Target> target = districts.findTarget(id, year);
		Optional<TargetProgress> progress = target.map(t -> YearToDate.progress(t.goodDayTarget(), p));
		if (p.validDays() == 0 && p.invalidDays() == 0 && target.isEmpty() && districts.find(id).isEmpty()) {
			throw new BadParameterException("id", "names no district with results or registration: '" + id + "'");
		}
		return new GoodDays(id, year, asOf, p.validDays(), p.invalidDays(), p.goodDays(), p.excellentDays(),
				p.heavyDays(), p.goodDayRate(), p.mean(Pollutant.PM2_5), target,
				progress.map(TargetProgress::nonGoodDaysAllowed), progress.map(TargetProgress::goodDaysNeeded),
				progress.flatMap(TargetProgress::requiredRemainingRate), progress.map(t -> t.status().name()),
				target.flatMap(t -> Optional.ofNullable(t.maxHeavyDays())).map(m -> m - p.heavyDays()));
	}

	/**
	 * @param goodDayRate good / valid days × 100, to 0.1 %
	 * @param nonGoodDaysAllowed non-good days the rest of the year may still have
	 * (negative once missed)
	 * @param requiredRemainingRate good-day rate needed over the rest of the year,
	 * percent
	 * @param status ACHIEVED, ON_TRACK, AT_RISK or MISSED; empty without a target
	 * @param heavyDaysStillAllowed the target's maximum heavy-pollution days minus those
	 * so far
	 */
	record GoodDays(String districtId, int year, LocalDate asOf, int validDays, int invalidDays, int goodDays,
			int excellentDays, int heavyDays, Optional<BigDecimal> goodDayRate, Optional<BigDecimal> pm25Mean,
			Optional<DistrictRepository.Target> target, Optional<Integer> nonGoodDaysAllowed,
			Optional<Integer> goodDaysNeeded, Optional<BigDecimal> requiredRemainingRate, Optional<String> status,
			Optional<Integer> heavyDaysStillAllowed) implements CsvTable {

		@Override
		public List<String> csvHeader() {
			return List.of("districtId", "year", "asOf", "validDays", "invalidDays", "goodDays", "excellentDays",
					"heavyDays", "goodDayRate", "targetGoodDayRate", "targetGoodDayCount", "nonGoodDaysAllowed",
					"goodDaysNeeded", "requiredRemainingRate", "status");
		}

		@Override
		public List<List<Object>> csvRows() {
			List<Object> row = new ArrayList<>(
					List.of(districtId, year, asOf, validDays, invalidDays, goodDays, excellentDays, heavyDays));
			row.add(goodDayRate);
			row.add(target.map(DistrictRepository.Target::goodDayRate));
			row.add(target.map(DistrictRepository.Target::goodDayCount));
			row.add(nonGoodDaysAllowed);
			row.add(goodDaysNeeded);
			row.add(requiredRemainingRate);
			row.add(status);
			return List.of(row);
		}
	}

}
