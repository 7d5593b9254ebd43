package io.cleanair.core.assessment;

import io.cleanair.core.aqi.AqiResult;
import io.cleanair.core.aqi.MissingDataPolicy;
import io.cleanair.core.validity.DailyAqiValidity;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;

/**
 * The daily AQI of one station or district. Whether the day has a valid AQI is decided by
 * {@link DailyAqiValidity#isValidDailyAqi}: the day's rule set published one under its
 * day-validity policy ({@code validityPolicy}: HJ 633-2012 from the indicators present,
 * HJ 633-2026 §5.3 complete or above 100). Days without a valid AQI are left out of
 * good-day counts and rates and reported as invalid, with the reason.
 */
public record DayAssessment(LocalDate day, DailyConcentrations concentrations, AqiResult result,
		MissingDataPolicy validityPolicy) {

	public boolean hasValidAqi() {
		return DailyAqiValidity.isValidDailyAqi(result);
	}

	public OptionalInt aqi() {
		return hasValidAqi() ? OptionalInt.of(result.aqi()) : OptionalInt.empty();
	}

	/** 优良天: valid daily AQI ≤ 100 (HJ 633 Appendix A). */
	public boolean isGoodDay() {
		return hasValidAqi() && result.aqi() <= DayCategoryThresholds.GOOD_MAX;
	}

	/** Why the day has no valid AQI, or null when it has one. */
	public String invalidReason() {
		return DailyAqiValidity.invalidReason(result);
	}

	/**
	 * The hourly values the day's statistics left out, and why; a refused exception of a
	 * statistic the day's rule set does not use (O3_1H under HJ 633-2026) is not listed.
	 */
	public List<ExcludedValue> excluded() {
		return concentrations.excluded()
			.stream()
			.filter(e -> e.statistic() == null || result.iaqi().containsKey(e.statistic())
					|| result.missing().contains(e.statistic()))
			.toList();
	}

	/**
	 * Whether flagged values are held for audit ({@link FlaggedValuePolicy#HOLD}): the
	 * result is provisional.
	 */
	public boolean pendingAudit() {
		return excluded().stream().anyMatch(e -> e.reason() == ExcludedValue.Reason.QC_FLAG_HELD);
	}
}
