package io.cleanair.cli.assess;

import io.cleanair.core.assessment.StationDayHours;
import io.cleanair.core.pollutant.ConcentrationUnit;
import io.cleanair.core.pollutant.Pollutant;
import io.cleanair.core.pollutant.UnitConversion;
import io.cleanair.core.validity.HourCoverage;
import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the long format {@code station_id,time,pollutant,value,unit}. Time is ISO-8601
 * with an offset (converted to the zone) or local time in the zone; a value on the hour t
 * covers [t, t+1h), so local start hour t is hour label t + 1 of t's local date. Values
 * that start inside an hour (sub-hourly sensors) are averaged into their hour, which
 * counts only with 45 minutes of sampling (GB 3095 Table 4, {@link HourCoverage}). Empty
 * or "NA" values are missing.
 */
final class LongFormatReader {

	private static final int COLUMNS = 5;

	private final String file;

	private final ZoneId zone;

	private final Map<String, Pollutant> pollutants = new HashMap<>();

	private final Map<String, ConcentrationUnit> units = new HashMap<>();

	private final Map<HourKey, List<Sample>> subHourly = new HashMap<>();

	private String lastTime;

	private LocalDateTime lastLocal;

	LongFormatReader(String file, ZoneId zone) {
		this.file = file;
		this.zone = zone;
	}

	void read(BufferedReader in, HourlyStore store) throws IOException {
		CsvFields fields = new CsvFields(COLUMNS + 1);
		String line;
		long lineNumber = 1;
		while ((line = in.readLine()) != null) {
			lineNumber++;
			if (line.isBlank()) {
				continue;
			}
			int found = fields.split(line);
			if (found != COLUMNS) {
				throw new InputException(file, lineNumber, "expected " + COLUMNS + " columns, found " + found);
			}
			double value = number(fields, lineNumber);
			if (Double.isNaN(value)) {
				continue;
			}
			Pollutant pollutant = pollutant(fields.text(2), lineNumber);
			ConcentrationUnit unit = unit(fields.text(4), lineNumber);
			LocalDateTime local = localStart(fields.text(1), lineNumber);
			double canonical = UnitConversion.toCanonical(pollutant, value, unit);
			if (local.getMinute() == 0 && local.getSecond() == 0) {
				store.day(fields.text(0), local.toLocalDate()).setByStartHour(pollutant, local.getHour(), canonical);
			}
			else {
				subHourly
					.computeIfAbsent(new HourKey(fields.text(0), pollutant, local.truncatedTo(ChronoUnit.HOURS)),
							k -> new ArrayList<>())
					.add(new Sample(local.getMinute() * 60 + local.getSecond(), canonical));
			}
		}
		subHourly.forEach((key, samples) -> averageIntoHour(store, key, samples));
	}

	/**
	 * The hour's mean of every reading in it (its on-the-hour one too), valid with 45
	 * minutes sampled.
	 */
	private static void averageIntoHour(HourlyStore store, HourKey key, List<Sample> samples) {
		StationDayHours day = store.day(key.station(), key.hour().toLocalDate());
		int label = key.hour().getHour() + 1;
		List<Sample> all = new ArrayList<>(samples);
		double onTheHour = day.hours(key.pollutant())[label - 1];
		if (!Double.isNaN(onTheHour)) {
			all.add(new Sample(0, onTheHour));
		}
		double mean = all.stream().mapToDouble(Sample::value).average().orElseThrow();
		int minutes = HourCoverage.minutesSampled(all.stream().mapToInt(Sample::second).toArray());
		day.set(key.pollutant(), label, mean, minutes, 0);
	}

	private record HourKey(String station, Pollutant pollutant, LocalDateTime hour) {
	}

	private record Sample(int second, double value) {
	}

	private double number(CsvFields fields, long lineNumber) {
		try {
			double value = fields.number(3);
			if (value < 0) {
				throw new InputException(file, lineNumber, "negative value " + value);
			}
			return value;
		}
		catch (NumberFormatException e) {
			throw new InputException(file, lineNumber, "bad number '" + fields.text(3) + "'");
		}
	}

	private LocalDateTime localStart(String time, long lineNumber) {
		if (time.equals(lastTime)) {
			return lastLocal;
		}
		LocalDateTime local;
		try {
			TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(time, ZonedDateTime::from,
					LocalDateTime::from);
			local = parsed instanceof ZonedDateTime zoned ? zoned.withZoneSameInstant(zone).toLocalDateTime()
					: (LocalDateTime) parsed;
		}
		catch (DateTimeParseException e) {
			throw new InputException(file, lineNumber, "bad time '" + time + "' (expected ISO-8601)");
		}
		lastTime = time;
		lastLocal = local;
		return local;
	}

	private Pollutant pollutant(String name, long lineNumber) {
		Pollutant p = pollutants.get(name);
		if (p == null) {
			try {
				p = Pollutant.parse(name);
			}
			catch (IllegalArgumentException e) {
				throw new InputException(file, lineNumber, e.getMessage());
			}
			pollutants.put(name, p);
		}
		return p;
	}

	private ConcentrationUnit unit(String name, long lineNumber) {
		ConcentrationUnit u = units.get(name);
		if (u == null) {
			try {
				u = ConcentrationUnit.parse(name);
			}
			catch (IllegalArgumentException e) {
				throw new InputException(file, lineNumber, e.getMessage());
			}
			units.put(name, u);
		}
		return u;
	}

}
