package io.cleanair.analytics.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import io.cleanair.analytics.config.AnalyticsProperties;
import io.cleanair.analytics.web.BadParameterException;
import io.cleanair.analytics.web.CsvTable;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code GET /api/v1/rankings?year=[&month=][&to=]}: districts ranked by composite index
 * (ascending, ties share a rank) and by good-day rate, with the change against the same
 * period last year; the bottom three marked. A period still running is ranked to today;
 * {@code to} (a date in the period) ranks it to that day instead.
 */
@RestController
class RankingsController {

	private final RankingCache rankings;

	private final Clock clock;

	private final ZoneId zone;

	RankingsController(RankingCache rankings, Clock clock, AnalyticsProperties properties) {
		this.rankings = rankings;
		this.clock = clock;
		this.zone = properties.zone();
	}

	@GetMapping(path = "/api/v1/rankings", produces = { MediaType.APPLICATION_JSON_VALUE, "text/csv" })
	Mono<Rankings> rankings(@Valid RankingsQuery query) {
		LocalDate today = LocalDate.now(clock.withZone(zone));
		int y = query.year();
		Integer m = query.month();
		LocalDate from = m == null ? LocalDate.of(y, 1, 1) : LocalDate.of(y, m, 1);
		LocalDate end = m == null ? LocalDate.of(y, 12, 31) : YearMonth.of(y, m).atEndOfMonth();
		LocalDate upTo = query.to();
		LocalDate cap = upTo == null ? today : upTo;
		if (upTo != null && (cap.isBefore(from) || cap.isAfter(end))) {
			throw new BadParameterException("to", "must lie in the period " + from + ".." + end);
		}
		LocalDate to = end.isAfter(cap) ? cap : end;
		if (to.isBefore(from)) {
			throw new BadParameterException("month", "is still to come: " + y + "-" + m);
		}
		return Mono.fromCallable(() -> new Rankings(y, m, from, to, rankings.ranking(from, to)))
			.subscribeOn(Schedulers.boundedElastic());
	}

	record Rankings(int year, Integer month, LocalDate from, LocalDate to,
			List<Periods.RankedDistrict> districts) implements CsvTable {

		@Override
		public List<String> csvHeader() {
			return List.of("districtId", "rankByCompositeIndex", "compositeIndex", "compositeIndexChangePercent",
					"rankByGoodDayRate", "goodDayRate", "goodDayRateChange", "validDays", "bottomThree");
		}

		@Override
		public List<List<Object>> csvRows() {
			List<List<Object>> rows = new ArrayList<>();
			for (Periods.RankedDistrict r : districts) {
				rows.add(List.of(r.districtId(), r.rankByCompositeIndex(), r.compositeIndex(),
						r.compositeIndexChangePercent(), r.rankByGoodDayRate(), r.goodDayRate(), r.goodDayRateChange(),
						r.validDays(), r.bottomThree()));
			}
			return rows;
		}
	}

}
