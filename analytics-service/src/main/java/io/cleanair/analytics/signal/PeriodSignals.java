package io.cleanair.analytics.signal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;

import io.cleanair.analytics.config.AnalyticsProperties;
import io.cleanair.analytics.daily.Scope;
import io.cleanair.analytics.district.DistrictRepository;
import io.cleanair.analytics.report.Periods;
import io.cleanair.core.assessment.PeriodAssessment;
import io.cleanair.core.signal.Evaluation;
import io.cleanair.core.signal.RankingBottomRule;
import io.cleanair.core.signal.TargetAtRiskRule;
import io.cleanair.core.signal.YoyReboundRule;
import io.cleanair.core.target.YearToDate;
import org.springframework.stereotype.Component;

/**
 * The rules over periods to date: target at risk, year-over-year rebound (month and year
 * to date), ranking bottom.
 */
@Component
public class PeriodSignals {

	private final Periods periods;

	private final DistrictRepository districts;

	private final TargetAtRiskRule targetAtRisk;

	private final YoyReboundRule yoyRebound;

	private final RankingBottomRule rankingBottom;

	PeriodSignals(Periods periods, DistrictRepository districts, AnalyticsProperties properties) {
		this.periods = periods;
		this.districts = districts;
		this.targetAtRisk = new TargetAtRiskRule(properties.signals().thresholds());
		this.yoyRebound = new YoyReboundRule(properties.signals().thresholds());
		this.rankingBottom = new RankingBottomRule(properties.signals().thresholds());
	}

	/** The district's year and month to date, as of {@code day}. */
	public Evaluation district(String districtId, LocalDate day, Instant now) {
		LocalDate yearStart = day.withDayOfYear(1);
		PeriodAssessment ytd = periods.assess(Scope.DISTRICT, districtId, yearStart, day);
		Evaluation e = districts.findTarget(districtId, day.getYear())
			.map(t -> targetAtRisk.evaluate(districtId, YearToDate.progress(t.goodDayTarget(), ytd), now))
			.orElse(Evaluation.none());
		PeriodAssessment ytdBefore = periods.assess(Scope.DISTRICT, districtId, yearStart.minusYears(1),
				day.minusYears(1));
		e = e.plus(yoyRebound.evaluate(districtId, "YTD:" + day.getYear(), ytd, ytdBefore, now));
		LocalDate monthStart = day.withDayOfMonth(1);
		PeriodAssessment mtd = periods.assess(Scope.DISTRICT, districtId, monthStart, day);
		PeriodAssessment mtdBefore = periods.assess(Scope.DISTRICT, districtId, monthStart.minusYears(1),
				day.minusYears(1));
		return e.plus(yoyRebound.evaluate(districtId, "MTD:" + day.toString().substring(0, 7), mtd, mtdBefore, now));
	}

	/** The ranking of the month of {@code day}, to that day. */
	public Evaluation ranking(LocalDate day, Instant now) {
		var ranked = periods.ranking(day.withDayOfMonth(1), day)
			.stream()
			.filter(r -> r.compositeIndex().isPresent())
			.map(r -> new RankingBottomRule.Ranked(r.districtId(), r.rankByCompositeIndex(),
					r.compositeIndex().get().doubleValue()))
			.toList();
		return rankingBottom.evaluate(day.toString().substring(0, 7), ranked, now);
	}

	public Evaluation districts(Collection<String> districtIds, LocalDate day, Instant now) {
		Evaluation e = Evaluation.none();
		for (String d : districtIds) {
			e = e.plus(district(d, day, now));
		}
		return e;
	}

}
