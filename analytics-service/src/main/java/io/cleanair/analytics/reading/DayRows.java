package io.cleanair.analytics.reading;

import java.util.Arrays;

import io.cleanair.analytics.signal.HeldHours;
import io.cleanair.core.validity.HourlyDayStatistics;
import io.cleanair.core.assessment.StationDayHours;
import io.cleanair.core.pollutant.Pollutant;

/**
 * The stored hourly values of one station-day as the store statement returns them: each
 * pollutant's value, minutes sampled and QC flag mask per hour label (1…24), NaN where
 * there is none. Kept apart from {@link StationDayHours} (which leaves too thinly sampled
 * hours out) so that a day can be updated hour by hour and assessed afresh.
 */
final class DayRows implements HeldHours.Day {

	private static final Pollutant[] POLLUTANTS = Pollutant.values();

	private static final int HOURS = HourlyDayStatistics.HOURS_PER_DAY;

	private final double[] values;

	private final short[] minutes;

	private final byte[] masks;

	DayRows() {
		values = new double[POLLUTANTS.length * HOURS];
		Arrays.fill(values, Double.NaN);
		minutes = new short[values.length];
		masks = new byte[values.length];
	}

	private DayRows(DayRows other) {
		values = other.values.clone();
		minutes = other.minutes.clone();
		masks = other.masks.clone();
	}

	/** A copy to update, leaving this one as it is. */
	DayRows copy() {
		return new DayRows(this);
	}

	void set(Pollutant pollutant, int hourLabel, double value, int minutesSampled, int qcMask) {
		int i = pollutant.ordinal() * HOURS + hourLabel - 1;
		values[i] = value;
		minutes[i] = (short) minutesSampled;
		masks[i] = (byte) qcMask;
	}

	@Override
	public double value(Pollutant pollutant, int startHour) {
		return values[pollutant.ordinal() * HOURS + startHour];
	}

	/** The day's hours for the assessment, pollutant by pollutant, hour by hour. */
	StationDayHours hours() {
		StationDayHours hours = new StationDayHours();
		for (int i = 0; i < values.length; i++) {
			if (!Double.isNaN(values[i])) {
				hours.set(POLLUTANTS[i / HOURS], i % HOURS + 1, values[i], minutes[i], masks[i]);
			}
		}
		return hours;
	}

}
