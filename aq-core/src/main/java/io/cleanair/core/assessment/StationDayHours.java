package io.cleanair.core.assessment;

import io.cleanair.core.pollutant.Pollutant;
import io.cleanair.core.validity.HourlyDayStatistics;
import java.util.Arrays;

/**
 * The hourly values of one station on one calendar day, per pollutant, in canonical units
 * (µg/m³, CO mg/m³). Primitive arrays because bulk readers fill millions of these.
 * <p>
 * Hour convention (spec §0): hour label h (1…24) covers [h−1:00, h:00) local time. A reading whose
 * period starts at local hour t (0…23) is hour label t + 1. Missing hours stay NaN; a second value for
 * the same hour replaces the first.
 */
public final class StationDayHours {

    private static final Pollutant[] POLLUTANTS = Pollutant.values();

    private final double[][] hours = new double[POLLUTANTS.length][];

    public StationDayHours() {
        for (int p = 0; p < hours.length; p++) {
            hours[p] = new double[HourlyDayStatistics.HOURS_PER_DAY];
            Arrays.fill(hours[p], Double.NaN);
        }
    }

    /** Records the value for hour label 1…24; NaN records a missing hour. */
    public void set(Pollutant pollutant, int hourLabel, double canonicalValue) {
        if (hourLabel < 1 || hourLabel > HourlyDayStatistics.HOURS_PER_DAY) {
            throw new IllegalArgumentException("hour label must be 1..24: " + hourLabel);
        }
        hours[pollutant.ordinal()][hourLabel - 1] = canonicalValue;
    }

    /** Records the value of the hour starting at local hour 0…23 (label = start + 1). */
    public void setByStartHour(Pollutant pollutant, int startHour, double canonicalValue) {
        set(pollutant, startHour + 1, canonicalValue);
    }

    /** The 24 values of one pollutant, index 0 = hour label 1 (a live view: do not modify). */
    public double[] hours(Pollutant pollutant) {
        return hours[pollutant.ordinal()];
    }

    /** Copies every non-missing hour of {@code other} into this day (later values win). */
    public void mergeFrom(StationDayHours other) {
        for (int p = 0; p < hours.length; p++) {
            for (int h = 0; h < HourlyDayStatistics.HOURS_PER_DAY; h++) {
                if (!Double.isNaN(other.hours[p][h])) {
                    hours[p][h] = other.hours[p][h];
                }
            }
        }
    }
}
