package io.cleanair.core.aqi;

/** What to publish when some indicators the report uses are absent. */
public enum MissingDataPolicy {

    /**
     * HJ 633-2012: missing indicators are marked NA; the AQI is the largest IAQI of those present and the
     * result is flagged incomplete. ⚠? whether 2012 also withholds the AQI is unconfirmed.
     */
    MISSING_INDICATORS_NA,

    /** HJ 633-2026 §5.3: AQI from the pollutants present; published only if &gt; 100, else AQI and category NA. */
    NA_UNLESS_ABOVE_100,

    /** Strict: any missing indicator makes AQI and category NA. */
    NA_WHEN_INCOMPLETE
}
