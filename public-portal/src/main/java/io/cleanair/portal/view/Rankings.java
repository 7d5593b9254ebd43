package io.cleanair.portal.view;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.cleanair.core.aqi.Indicator;
import io.cleanair.core.assessment.CompositeIndex;
import io.cleanair.core.assessment.DailyAssessor;
import io.cleanair.core.assessment.DailyConcentrations;
import io.cleanair.core.assessment.DayAssessment;
import io.cleanair.core.assessment.PeriodAssessment;
import io.cleanair.core.assessment.PeriodAssessor;
import io.cleanair.portal.district.DailyRepository.Day;
import io.cleanair.portal.view.PortalView.RankEntry;
import io.cleanair.portal.view.PortalView.Ranking;

/**
 * Period assessments by the engine: each published daily result is assessed again from
 * its concentrations under the rules in force that day ({@link DailyAssessor}), then
 * {@link PeriodAssessor} gives counts, rate and the composite index (docs/standards.md
 * §2.6, Sᵢ of the rule set in force at the period's end). Districts rank by composite
 * index ascending; ties share a rank.
 */
public final class Rankings {

	private static final DailyAssessor ASSESSOR = DailyAssessor.inForceOnTheDay();

	private Rankings() {
	}

	public static PeriodAssessment assess(LocalDate from, LocalDate to, List<Day> days) {
		List<DayAssessment> assessed = new ArrayList<>();
		for (Day d : days) {
			assessed.add(ASSESSOR.assess(concentrations(d)));
		}
		return PeriodAssessor.assess(from, to, assessed);
	}

	/** The month up to {@code today} (the whole month when it is over). */
	public static Ranking month(YearMonth month, LocalDate today, Map<String, List<Day>> daysByDistrict,
			Map<String, String> names) {
		LocalDate from = month.atDay(1);
		LocalDate to = month.atEndOfMonth().isAfter(today) ? today : month.atEndOfMonth();
		List<RankEntry> rows = new ArrayList<>();
		daysByDistrict.forEach((district, days) -> {
			PeriodAssessment p = assess(from, to, days);
			Optional<CompositeIndex> index = p.compositeIndex();
			rows.add(new RankEntry(district, names.getOrDefault(district, district), 0,
					index.map(CompositeIndex::total).orElse(null),
					index.map(CompositeIndex::primaryPollutant).orElse(null), p.goodDayRate().orElse(null),
					p.validDays()));
		});
		return new Ranking(month, from, to, rank(rows));
	}

	static List<RankEntry> rank(List<RankEntry> rows) {
		List<BigDecimal> indices = rows.stream().map(RankEntry::compositeIndex).filter(i -> i != null).toList();
		List<RankEntry> ranked = new ArrayList<>();
		for (RankEntry r : rows) {
			int rank = r.compositeIndex() == null ? 0
					: 1 + (int) indices.stream().filter(i -> i.compareTo(r.compositeIndex()) < 0).count();
			ranked.add(new RankEntry(r.districtId(), r.districtName(), rank, r.compositeIndex(), r.primaryPollutant(),
					r.goodDayRate(), r.validDays()));
		}
		ranked.sort(Comparator.comparingInt((RankEntry r) -> r.rank() == 0 ? Integer.MAX_VALUE : r.rank())
			.thenComparing(RankEntry::districtId));
		return ranked;
	}

	static DailyConcentrations concentrations(Day d) {
		Map<Indicator, Double> values = new java.util.EnumMap<>(Indicator.class);
		d.concentrations().forEach((name, value) -> {
			try {
				values.put(Indicator.valueOf(name), value);
			}
			catch (IllegalArgumentException unknown) {
				// an indicator of a later schema: not one the rule sets here use
			}
		});
		return new DailyConcentrations(d.day(), values);
	}

}
