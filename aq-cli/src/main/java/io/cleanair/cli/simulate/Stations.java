package io.cleanair.cli.simulate;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The stations to simulate: generated around a city centre, or read from a CSV file. */
public final class Stations {

	static final List<String> FILE_COLUMNS = List.of("id", "name", "districtId", "kind", "latitude", "longitude");

	private static final double CENTRE_LATITUDE = 39.90;

	private static final double CENTRE_LONGITUDE = 116.40;

	private Stations() {
	}

	/**
	 * {@code count} stations {@code st-001…} spread round-robin over {@code districts}
	 * districts {@code d-01…}.
	 */
	public static List<SimulatedStation> generated(int count, int districts, long seed) {
		if (count < 1 || districts < 1 || districts > count) {
			throw new IllegalArgumentException(
					"need at least one station and one district, and no more districts than stations (got " + count
							+ " stations, " + districts + " districts)");
		}
		List<SimulatedStation> stations = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			String id = String.format(Locale.ROOT, "st-%03d", i + 1);
			String district = String.format(Locale.ROOT, "d-%02d", i % districts + 1);
			double lat = CENTRE_LATITUDE + 0.4 * (Noise.uniform(seed, Noise.key(id), 1) - 0.5);
			double lon = CENTRE_LONGITUDE + 0.5 * (Noise.uniform(seed, Noise.key(id), 2) - 0.5);
			stations.add(
					new SimulatedStation(id, "Simulated station " + (i + 1), district, "CITY", round(lat), round(lon)));
		}
		return stations;
	}

	/**
	 * Reads a CSV file with the header {@code id,name,districtId,kind,latitude,longitude}
	 * (any order); fields must not contain commas.
	 */
	public static List<SimulatedStation> fromFile(Path file) throws IOException {
		try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			String header = in.readLine();
			if (header == null) {
				throw new IOException(file + ": empty, expected the header " + String.join(",", FILE_COLUMNS));
			}
			List<String> names = Arrays.stream(header.replace("\uFEFF", "").split(",", -1)).map(String::trim).toList();
			int[] index = new int[FILE_COLUMNS.size()];
			for (int c = 0; c < index.length; c++) {
				index[c] = names.indexOf(FILE_COLUMNS.get(c));
				if (index[c] < 0) {
					throw new IOException(file + ": line 1: missing column '" + FILE_COLUMNS.get(c) + "'");
				}
			}
			List<SimulatedStation> stations = new ArrayList<>();
			String line;
			int lineNumber = 1;
			while ((line = in.readLine()) != null) {
				lineNumber++;
				if (!line.isBlank()) {
					stations.add(station(file, lineNumber, line.split(",", -1), index));
				}
			}
			if (stations.isEmpty()) {
				throw new IOException(file + ": no stations");
			}
			return stations;
		}
	}

	private static SimulatedStation station(Path file, int lineNumber, String[] fields, int[] index)
			throws IOException {
		String where = file + ": line " + lineNumber + ": ";
		if (fields.length < FILE_COLUMNS.size()) {
			throw new IOException(where + "expected " + FILE_COLUMNS.size() + " fields, found " + fields.length);
		}
		try {
			return new SimulatedStation(fields[index[0]].trim(), fields[index[1]].trim(), fields[index[2]].trim(),
					fields[index[3]].trim().toUpperCase(Locale.ROOT), Double.parseDouble(fields[index[4]].trim()),
					Double.parseDouble(fields[index[5]].trim()));
		}
		catch (NumberFormatException e) {
			throw new IOException(where + "latitude and longitude must be numbers");
		}
	}

	private static double round(double degrees) {
		return Math.round(degrees * 1000) / 1000.0;
	}

}
