package io.cleanair.core.aqi;

/**
 * What to publish when some indicators the report uses are absent; for the daily report
 * this is also the day-validity policy: a day counts in good-day counts and rates exactly
 * when an AQI is published for it (docs/assessment.md).
 */
public enum MissingDataPolicy {

	/**
	 * HJ 633-2012: the AQI is the largest IAQI of the indicators present, a missing
	 * indicator is reported as NA and the result is flagged incomplete; the day counts,
	 * as the bulletins of the 2012 era counted it.
	 */
	MISSING_INDICATORS_NA,

	/**
	 * HJ 633-2026 §5.3: AQI from the pollutants present; published only if &gt; 100, else
	 * AQI and category NA.
	 */
	NA_UNLESS_ABOVE_100,

	/** Strict: any missing indicator makes AQI and category NA. */
	NA_WHEN_INCOMPLETE

}
