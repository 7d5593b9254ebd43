package io.cleanair.core.target;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Progress of a district-year towards its {@link GoodDayTarget} after the days assessed
 * so far.
 *
 * @param goodDaysSoFar days with a valid AQI ≤ 100 up to and including {@code asOf}
 * @param validDaysSoFar days with a valid AQI up to and including {@code asOf}
 * @param remainingDays calendar days after {@code asOf} to the end of the year
 * @param nonGoodDaysAllowed non-good days the rest of the year may still have; negative
 * once missed
 * @param goodDaysNeeded good days still needed among the remaining days (≥ 0)
 * @param requiredRemainingRate good-day rate needed over the remaining days, percent to
 * 0.1; empty when no days remain
 */
public record TargetProgress(GoodDayTarget target, LocalDate asOf, int goodDaysSoFar, int validDaysSoFar,
		int remainingDays, int nonGoodDaysAllowed, int goodDaysNeeded, Optional<BigDecimal> requiredRemainingRate,
		TargetStatus status) {

	/**
	 * Arithmetic (D = days in year, R = days after asOf, G = good days so far, V = valid
	 * days so far, N = required good days from the target):
	 * <ul>
	 * <li>goodDaysNeeded = max(0, N − G);</li>
	 * <li>nonGoodDaysAllowed = (D − N) − (V − G) − (D − R − V): days of the year that may
	 * be non-good, minus those already non-good, minus past days without a valid AQI
	 * (they can no longer be good, so under the all-days-valid assumption of the target
	 * they count against it) — which simplifies to R − (N − G);</li>
	 * <li>requiredRemainingRate = goodDaysNeeded / R × 100;</li>
	 * <li>ACHIEVED when G ≥ N; MISSED when N − G > R; otherwise ON_TRACK when the rate
	 * needed over the remaining days is at most the rate so far (G / V, or V = 0), else
	 * AT_RISK.</li>
	 * </ul>
	 */
	public static TargetProgress of(GoodDayTarget target, LocalDate asOf, int goodDaysSoFar, int validDaysSoFar) {
		if (asOf.getYear() != target.year()) {
			throw new IllegalArgumentException("asOf " + asOf + " is outside target year " + target.year());
		}
		if (goodDaysSoFar < 0 || goodDaysSoFar > validDaysSoFar || validDaysSoFar > asOf.getDayOfYear()) {
			throw new IllegalArgumentException("need 0 ≤ good ≤ valid ≤ days elapsed (" + asOf.getDayOfYear()
					+ "), got good " + goodDaysSoFar + ", valid " + validDaysSoFar);
		}
		int remaining = target.daysInYear() - asOf.getDayOfYear();
		int stillNeeded = target.requiredGoodDays() - goodDaysSoFar;
		int needed = Math.max(0, stillNeeded);
		Optional<BigDecimal> neededRate = remaining == 0 ? Optional.empty() : Optional.of(percent(needed, remaining));
		return new TargetProgress(target, asOf, goodDaysSoFar, validDaysSoFar, remaining, remaining - stillNeeded,
				needed, neededRate, status(stillNeeded, remaining, goodDaysSoFar, validDaysSoFar));
	}

	private static TargetStatus status(int stillNeeded, int remaining, int good, int valid) {
		if (stillNeeded <= 0) {
			return TargetStatus.ACHIEVED;
		}
		if (stillNeeded > remaining) {
			return TargetStatus.MISSED;
		}
		// needed/remaining ≤ good/valid, cross-multiplied to stay in integers; no
		// evidence yet → on track
		boolean keepingPace = valid == 0 || (long) stillNeeded * valid <= (long) good * remaining;
		return keepingPace ? TargetStatus.ON_TRACK : TargetStatus.AT_RISK;
	}

	private static BigDecimal percent(int part, int whole) {
		return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_EVEN);
	}
}
