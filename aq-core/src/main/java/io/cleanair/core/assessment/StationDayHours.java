package io.cleanair.core.assessment;

import io.cleanair.core.pollutant.Pollutant;
import io.cleanair.core.qc.QcFlag;
import io.cleanair.core.validity.DataValidity;
import io.cleanair.core.validity.HourlyDayStatistics;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The hourly values of one station on one calendar day, per pollutant, in canonical units
 * (µg/m³, CO mg/m³), with each hour's QC flags. Primitive arrays because bulk readers
 * fill millions of these.
 * <p>
 * Hour convention (docs/assessment.md): hour label h (1…24) covers [h−1:00, h:00) local
 * time. A reading whose period starts at local hour t (0…23) is hour label t + 1. Missing
 * hours stay NaN; a second value for the same hour replaces the first. An hour sampled
 * for less than 45 minutes (GB 3095 Table 4) stays missing and is listed in
 * {@link #coverageExclusions()}.
 */
public final class StationDayHours {

	private static final Pollutant[] POLLUTANTS = Pollutant.values();

	private final double[][] hours = new double[POLLUTANTS.length][];

	/**
	 * QC flag masks ({@link QcFlag#mask}) per pollutant and hour; null until a flag is
	 * set.
	 */
	private byte[][] flags;

	private List<ExcludedValue> coverageExclusions;

	public StationDayHours() {
		for (int p = 0; p < hours.length; p++) {
			hours[p] = new double[HourlyDayStatistics.HOURS_PER_DAY];
			Arrays.fill(hours[p], Double.NaN);
		}
	}

	/** Records the value for hour label 1…24; NaN records a missing hour. */
	public void set(Pollutant pollutant, int hourLabel, double canonicalValue) {
		checkLabel(hourLabel);
		hours[pollutant.ordinal()][hourLabel - 1] = canonicalValue;
	}

	/**
	 * Records an hourly value with its QC flags and the minutes its readings sampled: an
	 * hour sampled for less than 45 minutes is not a valid 1-hour value and is kept out
	 * of the day (listed as excluded).
	 */
	public void set(Pollutant pollutant, int hourLabel, double canonicalValue, int minutesSampled, int qcMask) {
		if (!DataValidity.isValidHourlyValue(minutesSampled)) {
			set(pollutant, hourLabel, Double.NaN);
			exclusions().add(new ExcludedValue(null, pollutant, hourLabel, canonicalValue,
					ExcludedValue.Reason.INSUFFICIENT_COVERAGE, minutesSampled + " of 60 minutes sampled"));
			return;
		}
		set(pollutant, hourLabel, canonicalValue);
		flag(pollutant, hourLabel, qcMask);
	}

	/** Records the value of the hour starting at local hour 0…23 (label = start + 1). */
	public void setByStartHour(Pollutant pollutant, int startHour, double canonicalValue) {
		set(pollutant, startHour + 1, canonicalValue);
	}

	/** Replaces the QC flags ({@link QcFlag#mask}) of one hour. */
	public void flag(Pollutant pollutant, int hourLabel, int qcMask) {
		checkLabel(hourLabel);
		if (flags == null) {
			if (qcMask == 0) {
				return;
			}
			flags = new byte[POLLUTANTS.length][HourlyDayStatistics.HOURS_PER_DAY];
		}
		flags[pollutant.ordinal()][hourLabel - 1] = (byte) qcMask;
	}

	/** The QC flag mask of one hour (0 when none). */
	public int flags(Pollutant pollutant, int hourLabel) {
		checkLabel(hourLabel);
		return flags == null ? 0 : flags[pollutant.ordinal()][hourLabel - 1];
	}

	/** Whether any hour of any pollutant carries a QC flag. */
	public boolean hasFlags() {
		return flags != null;
	}

	/**
	 * The 24 values of one pollutant, index 0 = hour label 1 (a live view: do not
	 * modify).
	 */
	public double[] hours(Pollutant pollutant) {
		return hours[pollutant.ordinal()];
	}

	/** Hours left out for too little sampling. */
	public List<ExcludedValue> coverageExclusions() {
		return coverageExclusions == null ? List.of() : List.copyOf(coverageExclusions);
	}

	/**
	 * Copies every non-missing hour of {@code other}, with its flags, into this day
	 * (later values win).
	 */
	public void mergeFrom(StationDayHours other) {
		for (int p = 0; p < hours.length; p++) {
			for (int h = 0; h < HourlyDayStatistics.HOURS_PER_DAY; h++) {
				if (!Double.isNaN(other.hours[p][h])) {
					hours[p][h] = other.hours[p][h];
					flag(POLLUTANTS[p], h + 1, other.flags(POLLUTANTS[p], h + 1));
				}
			}
		}
		if (other.coverageExclusions != null) {
			exclusions().addAll(other.coverageExclusions);
		}
	}

	private List<ExcludedValue> exclusions() {
		if (coverageExclusions == null) {
			coverageExclusions = new ArrayList<>(2);
		}
		return coverageExclusions;
	}

	private static void checkLabel(int hourLabel) {
		if (hourLabel < 1 || hourLabel > HourlyDayStatistics.HOURS_PER_DAY) {
			throw new IllegalArgumentException("hour label must be 1..24: " + hourLabel);
		}
	}

}
