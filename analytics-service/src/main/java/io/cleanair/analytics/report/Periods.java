package io.cleanair.analytics.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.cleanair.analytics.daily.DailyResultRepository;
import io.cleanair.analytics.daily.Scope;
import io.cleanair.analytics.daily.StoredDay;
import io.cleanair.core.assessment.CompositeIndex;
import io.cleanair.core.assessment.DailyAssessor;
import io.cleanair.core.assessment.DayAssessment;
import io.cleanair.core.assessment.PeriodAssessment;
import io.cleanair.core.assessment.PeriodAssessor;
import org.springframework.stereotype.Service;

/**
 * Period assessments from the stored daily concentrations: each day is assessed again by
 * the engine (cheap, and exactly what was stored), then {@link PeriodAssessor} gives
 * counts, rate, statistics and the composite index.
 */
@Service
public class Periods {

	static final int MAX_DAYS = 366;

	private final DailyResultRepository results;

	private final DailyAssessor assessor = DailyAssessor.inForceOnTheDay();

	Periods(DailyResultRepository results) {
		this.results = results;
	}

	public PeriodAssessment assess(Scope scope, String id, LocalDate from, LocalDate to) {
		List<DayAssessment> days = new ArrayList<>();
		for (StoredDay d : results.find(scope, id, from, to, 0, MAX_DAYS + 1)) {
			days.add(assessor.assess(d.concentrations()));
		}
		return PeriodAssessor.assess(from, to, days);
	}

	/**
	 * Districts ranked by composite index (ascending, ties share a rank) and by good-day
	 * rate (descending), with the change against the same period a year earlier.
	 */
	public List<RankedDistrict> ranking(LocalDate from, LocalDate to) {
		List<RankedDistrict> rows = new ArrayList<>();
		for (String district : results.districtsWithResults(from, to)) {
			PeriodAssessment now = assess(Scope.DISTRICT, district, from, to);
			PeriodAssessment before = assess(Scope.DISTRICT, district, from.minusYears(1), to.minusYears(1));
			Optional<BigDecimal> index = now.compositeIndex().map(CompositeIndex::total);
			Optional<BigDecimal> indexBefore = before.compositeIndex().map(CompositeIndex::total);
			Optional<BigDecimal> change = index.flatMap(i -> indexBefore.filter(b -> b.signum() > 0)
				.map(b -> i.subtract(b).multiply(BigDecimal.valueOf(100)).divide(b, 1, RoundingMode.HALF_EVEN)));
			Optional<BigDecimal> rateChange = now.goodDayRate().flatMap(r -> before.goodDayRate().map(r::subtract));
			rows.add(new RankedDistrict(district, index, indexBefore, change, now.goodDayRate(), rateChange,
					now.validDays(), 0, 0, false));
		}
		return rank(rows);
	}

	static List<RankedDistrict> rank(List<RankedDistrict> rows) {
		List<RankedDistrict> ranked = new ArrayList<>();
		List<RankedDistrict> withIndex = rows.stream().filter(r -> r.compositeIndex().isPresent()).toList();
		for (RankedDistrict r : rows) {
			int byIndex = r.compositeIndex()
				.map(i -> 1 + (int) withIndex.stream().filter(o -> o.compositeIndex().get().compareTo(i) < 0).count())
				.orElse(0);
			int byRate = r.goodDayRate()
				.map(x -> 1 + (int) rows.stream()
					.filter(o -> o.goodDayRate().isPresent() && o.goodDayRate().get().compareTo(x) > 0)
					.count())
				.orElse(0);
			boolean bottom = byIndex > 0 && withIndex.size() >= 1 && byIndex > withIndex.size() - 3;
			ranked.add(new RankedDistrict(r.districtId(), r.compositeIndex(), r.compositeIndexLastYear(),
					r.compositeIndexChangePercent(), r.goodDayRate(), r.goodDayRateChange(), r.validDays(), byIndex,
					byRate, bottom));
		}
		ranked.sort(Comparator
			.comparingInt(
					(RankedDistrict r) -> r.rankByCompositeIndex() == 0 ? Integer.MAX_VALUE : r.rankByCompositeIndex())
			.thenComparing(RankedDistrict::districtId));
		return ranked;
	}

	/**
	 * @param compositeIndexLastYear the same period a year earlier
	 * @param compositeIndexChangePercent (I_now − I_last year) / I_last year × 100; &gt;
	 * 0 is worse
	 * @param goodDayRateChange percentage points against the same period last year
	 * @param rankByCompositeIndex 1 = cleanest; 0 without a composite index
	 * @param rankByGoodDayRate 1 = highest rate; 0 without valid days
	 * @param bottomThree among the three worst by composite index
	 */
	public record RankedDistrict(String districtId, Optional<BigDecimal> compositeIndex,
			Optional<BigDecimal> compositeIndexLastYear, Optional<BigDecimal> compositeIndexChangePercent,
			Optional<BigDecimal> goodDayRate, Optional<BigDecimal> goodDayRateChange, int validDays,
			int rankByCompositeIndex, int rankByGoodDayRate, boolean bottomThree) {
	}

}
