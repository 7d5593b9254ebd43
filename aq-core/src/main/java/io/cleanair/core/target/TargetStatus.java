package io.cleanair.core.target;

/** Where a district-year stands against its good-day target. */
public enum TargetStatus {

	/** Already certain: even if every remaining day is non-good, the target is met. */
	ACHIEVED,
	/**
	 * Reachable, and the remaining days need no higher good-day rate than achieved so
	 * far.
	 */
	ON_TRACK,
	/** Reachable only if the remaining days do better than the year so far. */
	AT_RISK,
	/** Out of reach even if every remaining day is good. */
	MISSED

}
