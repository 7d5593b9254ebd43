package io.cleanair.analytics.report;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.cleanair.analytics.district.DistrictRepository;
import io.cleanair.core.assessment.PeriodAssessment;
import io.cleanair.core.target.TargetProgress;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reporting schema's rankings ({@code reporting.district_ranking}) and target
 * progress ({@code reporting.district_target_progress}), replaced a year at a time.
 */
@Repository
class ReportingRepository {

	private final JdbcClient jdbc;

	ReportingRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Integer> yearsWithDistrictDays() {
		return jdbc.sql("SELECT DISTINCT extract(year FROM day)::int FROM daily_result WHERE scope = 'DISTRICT'")
			.query(Integer.class)
			.list();
	}

	void replaceRanking(int year, LocalDate from, LocalDate to, List<Periods.RankedDistrict> ranking) {
		jdbc.sql("DELETE FROM reporting.district_ranking WHERE year = ?").param(year).update();
		int ordinal = 0;
		for (Periods.RankedDistrict r : ranking) {
			jdbc.sql(
					"""
							INSERT INTO reporting.district_ranking (year, district_id, ordinal, from_day, to_day,
							  rank_by_composite_index, composite_index, composite_index_last_year, composite_index_change_percent,
							  rank_by_good_day_rate, good_day_rate, good_day_rate_change, valid_days, bottom_three, computed_at)
							VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now())
							""")
				.params(year, r.districtId(), ++ordinal, Date.valueOf(from), Date.valueOf(to), r.rankByCompositeIndex(),
						r.compositeIndex().orElse(null), r.compositeIndexLastYear().orElse(null),
						r.compositeIndexChangePercent().orElse(null), r.rankByGoodDayRate(),
						r.goodDayRate().orElse(null), r.goodDayRateChange().orElse(null), r.validDays(),
						r.bottomThree())
				.update();
		}
	}

	void replaceProgress(int year, List<Progress> progress) {
		jdbc.sql("DELETE FROM reporting.district_target_progress WHERE year = ?").param(year).update();
		for (Progress p : progress) {
			PeriodAssessment a = p.soFar();
			Optional<TargetProgress> t = p.progress();
			jdbc.sql("""
					INSERT INTO reporting.district_target_progress (district_id, year, as_of, valid_days, invalid_days,
					  good_days, excellent_days, heavy_days, good_day_rate, target_good_day_rate, target_good_day_count,
					  required_good_days, non_good_days_allowed, good_days_needed, required_remaining_rate, status,
					  computed_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now())
					""")
				.params(p.districtId(), year, Date.valueOf(a.to()), a.validDays(), a.invalidDays(), a.goodDays(),
						a.excellentDays(), a.heavyDays(), a.goodDayRate().orElse(null),
						p.target().map(DistrictRepository.Target::goodDayRate).orElse(null),
						p.target().map(DistrictRepository.Target::goodDayCount).orElse(null),
						t.map(x -> x.target().requiredGoodDays()).orElse(null),
						t.map(TargetProgress::nonGoodDaysAllowed).orElse(null),
						t.map(TargetProgress::goodDaysNeeded).orElse(null),
						t.flatMap(TargetProgress::requiredRemainingRate).orElse(null),
						t.map(x -> x.status().name()).orElse(null))
				.update();
		}
	}

	/** One district's year so far, and its progress when it has a target. */
	record Progress(String districtId, int year, PeriodAssessment soFar, Optional<DistrictRepository.Target> target,
			Optional<TargetProgress> progress) {
	}

}
