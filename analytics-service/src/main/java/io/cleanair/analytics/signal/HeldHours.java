package io.cleanair.analytics.signal;

import java.time.LocalDate;

import io.cleanair.core.pollutant.Pollutant;

/**
 * Hourly values a batch already holds in memory (the days it changed and the recent days
 * its consumer keeps), as stored: every hourly value, however long it was sampled, as the
 * database would return it.
 */
public interface HeldHours {

	/** Holds nothing: every hour is read from the database. */
	HeldHours NONE = (station, day) -> null;

	/**
	 * The station-day's values, or null when it is not held.
	 */
	Day day(String stationId, LocalDate day);

	/** One held station-day. */
	interface Day {

		/** The value of the hour starting at local hour 0…23, NaN where none. */
		double value(Pollutant pollutant, int startHour);

	}

}
