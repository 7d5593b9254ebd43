package io.cleanair.core.aqi;

/** Real-time (hourly) or daily index report. */
public enum ReportPeriod {

	HOUR, DAY

}
