package io.cleanair.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.cleanair.core.event.ReadingReceived;
import io.cleanair.core.pollutant.Pollutant;

/** Fixture builder for readings of one station in Beijing time. */
public final class Readings {

	public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private Readings() {
	}

	/**
	 * A reading received ten minutes after its time; {@code revision} n is received n
	 * seconds later, as a correction is received after the value it replaces (analytics
	 * numbers the revisions itself).
	 */
	public static ReadingReceived at(String station, String district, Instant time, Pollutant p, double value,
			int revision) {
		return new ReadingReceived(UUID.randomUUID(), ReadingReceived.SCHEMA_VERSION, station, district, time, p, value,
				p.canonicalUnit(), revision, time.plusSeconds(600 + revision));
	}

	public static Instant hour(LocalDate day, int startHour) {
		return day.atStartOfDay(BEIJING).plusHours(startHour).toInstant();
	}

	/**
	 * A clean day: 24 hours of SO2 5, NO2 20, PM10 40, CO 0.5, O3 50, and PM2.5 at
	 * {@code pm25} for the first {@code pm25Hours} hours — with 20 or more hours every
	 * daily statistic is valid.
	 */
	public static List<ReadingReceived> day(String station, String district, LocalDate day, double pm25,
			int pm25Hours) {
		List<ReadingReceived> readings = new ArrayList<>();
		for (int h = 0; h < 24; h++) {
			Instant t = hour(day, h);
			readings.add(at(station, district, t, Pollutant.SO2, 5, 0));
			readings.add(at(station, district, t, Pollutant.NO2, 20, 0));
			readings.add(at(station, district, t, Pollutant.PM10, 40, 0));
			readings.add(at(station, district, t, Pollutant.CO, 0.5, 0));
			readings.add(at(station, district, t, Pollutant.O3, 50, 0));
			if (h < pm25Hours) {
				readings.add(at(station, district, t, Pollutant.PM2_5, pm25, 0));
			}
		}
		return readings;
	}

}
