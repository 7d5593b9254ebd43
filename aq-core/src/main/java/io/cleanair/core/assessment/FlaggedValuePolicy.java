package io.cleanair.core.assessment;

/**
 * What the daily assessment does with hourly values that quality control flagged as
 * suspicious ({@link io.cleanair.core.qc.QcFlag}: a spike or a stuck analyser). Whatever
 * the policy, a flagged value never on its own makes an incomplete statistic valid
 * through an exceedance exception (HJ 663-2013 MDA8 with fewer than 14 windows, or the O3
 * daily maximum 1-hour value with fewer than 20 hours): a spike is exactly the kind of
 * value those exceptions must not rest on. See docs/assessment.md.
 */
public enum FlaggedValuePolicy {

	/**
	 * Flagged values count like any other (the default: a real pollution episode also
	 * looks like a spike).
	 */
	USE,

	/** Flagged values are treated as missing and listed as excluded. */
	EXCLUDE,

	/**
	 * Flagged values are treated as missing until audited and listed as held: the day's
	 * result is provisional ({@link DayAssessment#pendingAudit()}); a corrected or
	 * confirmed resend recomputes it.
	 */
	HOLD

}
