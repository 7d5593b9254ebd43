package io.cleanair.cli.assess;

import io.cleanair.core.assessment.StationDayHours;
import io.cleanair.core.pollutant.Pollutant;
import java.io.BufferedReader;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads the UCI Beijing multi-site "PRSA" wide format:
 * No,year,month,day,hour,PM2.5,PM10,SO2,NO2,CO,O3, …,station. Hour 0…23 is the local
 * start of the hour (→ hour label hour + 1); every pollutant is in µg/m³, so CO is
 * divided by 1000 for mg/m³; "NA" is missing.
 */
final class PrsaReader {

	private static final List<String> POLLUTANT_COLUMNS = List.of("pm2.5", "pm10", "so2", "no2", "co", "o3");

	private static final Pollutant[] POLLUTANTS = { Pollutant.PM2_5, Pollutant.PM10, Pollutant.SO2, Pollutant.NO2,
			Pollutant.CO, Pollutant.O3 };

	private static final double CO_UG_PER_MG = 1000;

	private final String file;

	private final int year;

	private final int month;

	private final int day;

	private final int hour;

	private final int station;

	private final int[] pollutantColumns = new int[POLLUTANTS.length];

	private final int width;

	PrsaReader(String file, String header) {
		this.file = file;
		List<String> columns = Arrays.stream(header.replace("\"", "").split(","))
			.map(c -> c.strip().toLowerCase(Locale.ROOT))
			.toList();
		year = column(columns, "year");
		month = column(columns, "month");
		day = column(columns, "day");
		hour = column(columns, "hour");
		station = column(columns, "station");
		for (int p = 0; p < POLLUTANTS.length; p++) {
			pollutantColumns[p] = column(columns, POLLUTANT_COLUMNS.get(p));
		}
		width = columns.size();
	}

	/** Reads the lines after the header into {@code store}. */
	void read(BufferedReader in, HourlyStore store) throws IOException {
		CsvFields fields = new CsvFields(width + 1);
		String line;
		long lineNumber = 1;
		int lastY = -1;
		int lastM = -1;
		int lastD = -1;
		String lastStation = null;
		StationDayHours current = null;
		while ((line = in.readLine()) != null) {
			lineNumber++;
			if (line.isBlank()) {
				continue;
			}
			if (fields.split(line) != width) {
				throw new InputException(file, lineNumber,
						"expected " + width + " columns, found " + fields.split(line));
			}
			int y = integer(fields, year, lineNumber);
			int m = integer(fields, month, lineNumber);
			int d = integer(fields, day, lineNumber);
			int h = integer(fields, hour, lineNumber);
			if (h > 23) {
				throw new InputException(file, lineNumber, "hour must be 0..23, found " + h);
			}
			if (current == null || y != lastY || m != lastM || d != lastD || !fields.textEquals(station, lastStation)) {
				String name = fields.text(station);
				current = store.day(name, date(y, m, d, lineNumber));
				lastY = y;
				lastM = m;
				lastD = d;
				lastStation = name;
			}
			for (int p = 0; p < POLLUTANTS.length; p++) {
				double value = number(fields, p, lineNumber);
				if (!Double.isNaN(value)) {
					current.setByStartHour(POLLUTANTS[p], h,
							POLLUTANTS[p] == Pollutant.CO ? value / CO_UG_PER_MG : value);
				}
			}
		}
	}

	private LocalDate date(int y, int m, int d, long lineNumber) {
		try {
			return LocalDate.of(y, m, d);
		}
		catch (DateTimeException e) {
			throw new InputException(file, lineNumber, "bad date " + y + "-" + m + "-" + d);
		}
	}

	private int integer(CsvFields fields, int column, long lineNumber) {
		try {
			return fields.integer(column);
		}
		catch (NumberFormatException e) {
			throw new InputException(file, lineNumber, "bad integer '" + fields.text(column) + "'");
		}
	}

	private double number(CsvFields fields, int p, long lineNumber) {
		int column = pollutantColumns[p];
		try {
			double value = fields.number(column);
			if (value < 0) {
				throw new InputException(file, lineNumber, "negative " + POLLUTANTS[p].displayName() + " " + value);
			}
			return value;
		}
		catch (NumberFormatException e) {
			throw new InputException(file, lineNumber,
					"bad number '" + fields.text(column) + "' for " + POLLUTANTS[p].displayName());
		}
	}

	private int column(List<String> columns, String name) {
		int index = columns.indexOf(name);
		if (index < 0) {
			throw new InputException(file, 1, "PRSA header lacks column '" + name + "'");
		}
		return index;
	}

}
