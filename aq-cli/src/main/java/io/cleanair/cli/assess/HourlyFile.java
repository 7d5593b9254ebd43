package io.cleanair.cli.assess;

import io.cleanair.core.assessment.StationDayHours;
import io.cleanair.core.pollutant.Pollutant;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

/**
 * One hourly file as {@code aq assess} reads it (PRSA or long format), for the commands
 * that send its values elsewhere ({@code aq import}): its values in a fixed order —
 * station by name, day, pollutant, hour — so that the n-th value is the same at every
 * reading of the file.
 */
public final class HourlyFile {

	/**
	 * One hourly value in its pollutant's canonical unit; {@code time} is the start of
	 * its hour.
	 */
	public record Value(String station, Instant time, Pollutant pollutant, double value) {
	}

	/** Receives the values of a file in order. */
	@FunctionalInterface
	public interface ValueSink {

		void accept(Value value);

	}

	private final Map<String, Map<LocalDate, StationDayHours>> byStation;

	private final ZoneId zone;

	private final long count;

	private HourlyFile(HourlyStore store, ZoneId zone) {
		this.byStation = store.byStation();
		this.zone = zone;
		long n = 0;
		for (Map<LocalDate, StationDayHours> days : byStation.values()) {
			for (StationDayHours hours : days.values()) {
				for (Pollutant p : Pollutant.values()) {
					for (double v : hours.hours(p)) {
						n += Double.isNaN(v) ? 0 : 1;
					}
				}
			}
		}
		this.count = n;
	}

	/**
	 * Reads a file.
	 * @param format {@code prsa}, {@code long}, or null for the one its header shows
	 * @param zone the zone of the file's local times
	 * @throws IllegalArgumentException for an unknown format, and a message naming file
	 * and line for bad input
	 */
	public static HourlyFile read(Path path, String format, ZoneId zone) {
		InputFormat requested = format == null ? null : switch (format.strip().toLowerCase(Locale.ROOT)) {
			case "long" -> InputFormat.LONG;
			case "prsa" -> InputFormat.PRSA;
			default -> throw new IllegalArgumentException("unknown --format '" + format + "'; expected long or prsa");
		};
		try {
			return new HourlyFile(HourlyFileReader.read(path, requested, zone), zone);
		}
		catch (InputException e) {
			throw new IllegalArgumentException(e.getMessage(), e);
		}
	}

	/** How many values the file holds. */
	public long count() {
		return count;
	}

	/** The values from the {@code skip}-th on (0 = all), in the file's fixed order. */
	public void forEach(long skip, ValueSink sink) {
		long index = 0;
		for (Map.Entry<String, Map<LocalDate, StationDayHours>> station : byStation.entrySet()) {
			for (Map.Entry<LocalDate, StationDayHours> day : station.getValue().entrySet()) {
				Instant midnight = day.getKey().atStartOfDay(zone).toInstant();
				for (Pollutant p : Pollutant.values()) {
					double[] hours = day.getValue().hours(p);
					for (int h = 0; h < hours.length; h++) {
						if (Double.isNaN(hours[h]) || index++ < skip) {
							continue;
						}
						sink.accept(new Value(station.getKey(), midnight.plusSeconds(3600L * h), p, hours[h]));
					}
				}
			}
		}
	}

}
