/**
 * Daily, district and period assessment (HJ 663-2013, GB 3095, HJ 633).
 * <ol>
 * <li>Station day: fill a {@link io.cleanair.core.assessment.StationDayHours} (hour label
 * 1…24 covers [h−1:00, h:00) local time; canonical units) and call
 * {@link io.cleanair.core.assessment.StationDay#compute}: the valid 24-hour means, O3
 * daily max 1-hour and MDA8 as {@link io.cleanair.core.assessment.DailyConcentrations}
 * (invalid statistics absent).</li>
 * <li>District day: {@link io.cleanair.core.assessment.DistrictDay#combine} averages the
 * stations' valid values per indicator
 * ({@link io.cleanair.core.assessment.StationCoverage}, default any one station); the AQI
 * is computed from those means, never from station AQIs.</li>
 * <li>Daily AQI: {@link io.cleanair.core.assessment.DailyAssessor#assess} under the rule
 * set the {@link io.cleanair.core.assessment.RuleSetPolicy} picks for the day (default:
 * in force that day).</li>
 * <li>Period: {@link io.cleanair.core.assessment.PeriodAssessor#assess} over [from, to] —
 * day counts, good-day rate, means, percentiles, composite index.</li>
 * </ol>
 */
package io.cleanair.core.assessment;
