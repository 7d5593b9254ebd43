package io.cleanair.core.aqi;

import java.time.LocalDate;

/** One air-quality index rule set (HJ 633-2012, HJ 633-2026, US EPA …). */
public interface AqiStandard {

	/** The rule-set id, e.g. "hj633-2026"; the date-choosing standard answers "hj633". */
	String id();

	/** Assesses canonical, unrounded concentrations for one hourly or daily report. */
	AqiResult assess(ReportPeriod period, IndicatorValues values);

	/**
	 * As {@link #assess(ReportPeriod, IndicatorValues)}; a fixed rule set ignores the
	 * day, "hj633" chooses by it.
	 */
	default AqiResult assess(LocalDate day, ReportPeriod period, IndicatorValues values) {
		return assess(period, values);
	}

	/**
	 * What the rule set publishes when indicators are missing, and so which incomplete
	 * days count as valid (docs/assessment.md). The US indices report from the pollutants
	 * present.
	 */
	default MissingDataPolicy missingDataPolicy() {
		return MissingDataPolicy.MISSING_INDICATORS_NA;
	}

}
