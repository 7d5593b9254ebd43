package io.cleanair.analytics.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.cleanair.analytics.daily.Scope;
import io.cleanair.analytics.district.DistrictRepository;
import io.cleanair.analytics.web.CsvTable;
import io.cleanair.core.assessment.CompositeIndex;
import io.cleanair.core.assessment.PeriodAssessment;
import io.cleanair.core.assessment.PollutantStatistics;
import io.cleanair.core.pollutant.Pollutant;
import io.cleanair.core.target.TargetProgress;
import io.cleanair.core.target.YearToDate;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code GET /api/v1/reports/annual?scope=&id=&year=}: the full annual assessment of a
 * station, district or the city.
 */
@RestController
class AnnualReportController {

	private final Periods periods;

	private final DistrictRepository districts;

	AnnualReportController(Periods periods, DistrictRepository districts) {
		this.periods = periods;
		this.districts = districts;
	}

	@GetMapping(path = "/api/v1/reports/annual", produces = { MediaType.APPLICATION_JSON_VALUE, "text/csv" })
	Mono<AnnualReport> annual(@Valid AnnualReportQuery query) {
		return Mono.fromCallable(() -> report(query.scope(), query.id(), query.year()))
			.subscribeOn(Schedulers.boundedElastic());
	}

	private AnnualReport report(Scope scope, String id, int year) {
		PeriodAssessment p = periods.assess(scope, id, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
		List<PollutantLine> pollutants = new ArrayList<>();
		for (Pollutant pollutant : Pollutant.values()) {
			PollutantStatistics st = p.pollutant(pollutant);
			pollutants.add(new PollutantLine(pollutant.name(), st.dailyIndicator().name(), st.validDays(), st.mean(),
					st.percentileRank(), st.percentile(), st.meetsAnnualDataRule(year)));
		}
		Optional<TargetProgress> target = scope == Scope.DISTRICT
				? districts.findTarget(id, year).map(t -> YearToDate.progress(t.goodDayTarget(), p)) : Optional.empty();
		return new AnnualReport(scope.label(), id, year, p.daysInPeriod(), p.validDays(), p.invalidDays(),
				p.daysWithoutData(), p.goodDays(), p.excellentDays(), p.heavyDays(), p.severeDays(), p.goodDayRate(),
				pollutants, p.compositeIndex(), p.ruleSets(), target.map(t -> t.status().name()),
				target.map(t -> t.status() == io.cleanair.core.target.TargetStatus.MISSED));
	}

	/**
	 * @param meetsAnnualDataRule GB 3095 Table 4: enough daily values for annual
	 * statistics
	 */
	record PollutantLine(String pollutant, String dailyIndicator, int validDays, Optional<BigDecimal> mean,
			int percentileRank, Optional<BigDecimal> percentile, boolean meetsAnnualDataRule) {
	}

	/**
	 * @param veto true when the district missed its good-day target: its leaders are
	 * vetoed for the year (一票否决); empty without a target
	 */
	record AnnualReport(String scope, String id, int year, int daysInYear, int validDays, int invalidDays,
			int daysWithoutData, int goodDays, int excellentDays, int heavyDays, int severeDays,
			Optional<BigDecimal> goodDayRate, List<PollutantLine> pollutants, Optional<CompositeIndex> compositeIndex,
			Map<String, Integer> ruleSets, Optional<String> targetStatus, Optional<Boolean> veto) implements CsvTable {

		@Override
		public List<String> csvHeader() {
			return List.of("pollutant", "dailyIndicator", "validDays", "mean", "percentileRank", "percentile",
					"meetsAnnualDataRule", "singleIndex");
		}

		@Override
		public List<List<Object>> csvRows() {
			List<List<Object>> rows = new ArrayList<>();
			for (PollutantLine l : pollutants) {
				Optional<BigDecimal> single = compositeIndex
					.map(c -> c.singleIndices().get(Pollutant.valueOf(l.pollutant())));
				rows.add(List.of(l.pollutant(), l.dailyIndicator(), l.validDays(), l.mean(), l.percentileRank(),
						l.percentile(), l.meetsAnnualDataRule(), single));
			}
			return rows;
		}
	}

}
