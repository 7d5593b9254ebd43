package io.cleanair.core.assessment;

import io.cleanair.core.aqi.Indicator;
import io.cleanair.core.pollutant.Pollutant;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Assesses a period from its daily assessments: day counts, good-day rate, statistics,
 * composite index.
 */
public final class PeriodAssessor {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final int MEAN_SCALE = 9;

	private final CompositeIndexRules compositeRules;

	public PeriodAssessor(CompositeIndexRules compositeRules) {
		this.compositeRules = compositeRules;
	}

	/** Composite Sᵢ of the rule set in force at the end of each period (), unweighted. */
	public static PeriodAssessment assess(LocalDate from, LocalDate to, List<DayAssessment> days) {
		return new PeriodAssessor(CompositeIndexRules.forPeriodEnding(to)).assessPeriod(from, to, days);
	}

	/** Days outside [from, to] are ignored; one assessment per day is expected. */
	public PeriodAssessment assessPeriod(LocalDate from, LocalDate to, List<DayAssessment> days) {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("period ends before it starts: " + from + ".." + to);
		}
		List<DayAssessment> inPeriod = days.stream()
			.filter(d -> !d.day().isBefore(from) && !d.day().isAfter(to))
			.toList();
		DayCounts counts = DayCounts.of(inPeriod);
		Map<Pollutant, PollutantStatistics> statistics = new EnumMap<>(Pollutant.class);
		Map<Pollutant, BigDecimal> compositeInputs = new EnumMap<>(Pollutant.class);
		for (Pollutant p : Pollutant.values()) {
			PollutantStatistics s = statisticsOf(p, inPeriod);
			statistics.put(p, s);
			// docs/standards.md §2.6: CO by its 95th percentile, O3 by the 90th
			// percentile of MDA8, others by the mean
			Optional<BigDecimal> c = (p == Pollutant.CO || p == Pollutant.O3) ? s.percentile() : s.mean();
			c.ifPresent(v -> compositeInputs.put(p, v));
		}
		Map<String, Integer> ruleSets = new TreeMap<>();
		inPeriod.forEach(d -> ruleSets.merge(d.result().ruleSet(), 1, Integer::sum));
		int daysInPeriod = (int) ChronoUnit.DAYS.between(from, to) + 1;
		return new PeriodAssessment(from, to, daysInPeriod, counts.valid(), counts.invalid(), counts.good(),
				counts.excellent(), counts.heavy(), counts.severe(), goodDayRate(counts.good(), counts.valid()),
				statistics, ruleSets, CompositeIndex.of(compositeInputs, compositeRules));
	}

	/**
	 * docs/standards.md §2.7: good days / days with a valid AQI × 100, to 0.1 % (GB/T
	 * 8170 half-even).
	 */
	static Optional<BigDecimal> goodDayRate(int goodDays, int validDays) {
		if (validDays == 0) {
			return Optional.empty();
		}
		return Optional.of(BigDecimal.valueOf(goodDays)
			.multiply(HUNDRED)
			.divide(BigDecimal.valueOf(validDays), 1, RoundingMode.HALF_EVEN));
	}

	private static PollutantStatistics statisticsOf(Pollutant pollutant, List<DayAssessment> days) {
		Indicator indicator = PollutantStatistics.dailyIndicatorOf(pollutant);
		List<LocalDate> withValue = new ArrayList<>();
		List<BigDecimal> values = new ArrayList<>();
		for (DayAssessment day : days) {
			Double v = day.concentrations().values().get(indicator);
			if (v != null) {
				withValue.add(day.day());
				values.add(DailyConcentrations.exact(v));
			}
		}
		int rank = PollutantStatistics.percentileRankOf(pollutant);
		return new PollutantStatistics(pollutant, indicator, withValue, mean(values), rank,
				Percentiles.percentile(values, rank));
	}

	private static Optional<BigDecimal> mean(List<BigDecimal> values) {
		if (values.isEmpty()) {
			return Optional.empty();
		}
		BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		return Optional.of(sum.divide(BigDecimal.valueOf(values.size()), MEAN_SCALE, RoundingMode.HALF_EVEN));
	}

}
