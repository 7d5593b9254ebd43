package io.cleanair.core.assessment;

import io.cleanair.core.pollutant.Pollutant;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The assessment of one station or district over a period [from, to] (month, year, any
 * range).
 *
 * @param daysInPeriod calendar days from {@code from} to {@code to}
 * @param validDays days with a valid daily AQI
 * @param invalidDays days with data but no valid daily AQI (left out of every day count
 * and rate)
 * @param goodDays valid days with AQI ≤ 100 (includes excellent days)
 * @param excellentDays valid days with AQI ≤ 50
 * @param heavyDays valid days with AQI > 200 (heavy pollution or worse, includes severe
 * days)
 * @param severeDays valid days with AQI > 300
 * @param goodDayRate goodDays / validDays × 100, percent to 0.1 (docs/standards.md §2.7);
 * empty without valid days
 * @param ruleSets rule sets that produced the daily AQIs, with their number of days
 * @param compositeIndex empty unless all six pollutants have a period concentration
 */
public record PeriodAssessment(LocalDate from, LocalDate to, int daysInPeriod, int validDays, int invalidDays,
		int goodDays, int excellentDays, int heavyDays, int severeDays, Optional<BigDecimal> goodDayRate,
		Map<Pollutant, PollutantStatistics> pollutants, Map<String, Integer> ruleSets,
		Optional<CompositeIndex> compositeIndex) {

	public PeriodAssessment {
		pollutants = Collections.unmodifiableMap(new EnumMap<>(pollutants));
		ruleSets = Map.copyOf(ruleSets);
	}

	/** Days in the period with no data at all (neither valid nor invalid). */
	public int daysWithoutData() {
		return daysInPeriod - validDays - invalidDays;
	}

	public PollutantStatistics pollutant(Pollutant pollutant) {
		return pollutants.get(pollutant);
	}

	/** Mean of valid daily means (O3: of MDA8), unrounded. */
	public Optional<BigDecimal> mean(Pollutant pollutant) {
		return pollutants.get(pollutant).mean();
	}
}
