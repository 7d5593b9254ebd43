package io.cleanair.cli.assess;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Writes small hourly CSV files for CLI tests. */
final class HourlyFiles {

	static final String PRSA_HEADER = "\"No\",\"year\",\"month\",\"day\",\"hour\",\"PM2.5\",\"PM10\",\"SO2\",\"NO2\","
			+ "\"CO\",\"O3\",\"TEMP\",\"PRES\",\"DEWP\",\"RAIN\",\"wd\",\"WSPM\",\"station\"";

	private HourlyFiles() {
	}

	/**
	 * Long format: one day of 24 hours for every pollutant, times with a +08:00 offset.
	 */
	static List<String> longDay(String station, LocalDate day, int hours, double pm25) {
		List<String> lines = new ArrayList<>();
		for (int h = 0; h < hours; h++) {
			String t = day.atTime(h, 0) + "+08:00";
			lines.add(station + "," + t + ",PM2.5," + pm25 + ",ug/m3");
			lines.add(station + "," + t + ",PM10,40,ug/m3");
			lines.add(station + "," + t + ",SO2,5,ug/m3");
			lines.add(station + "," + t + ",NO2,10,ug/m3");
			lines.add(station + "," + t + ",CO,0.5,mg/m3");
			lines.add(station + "," + t + ",O3,50,ug/m3");
		}
		return lines;
	}

	/** PRSA: one day, hours 0..23, all pollutants in µg/m³ (CO 500 µg/m³ = 0.5 mg/m³). */
	static List<String> prsaDay(String station, LocalDate day, double pm25) {
		List<String> lines = new ArrayList<>();
		for (int h = 0; h < 24; h++) {
			lines.add((h + 1) + "," + day.getYear() + "," + day.getMonthValue() + "," + day.getDayOfMonth() + "," + h
					+ "," + pm25 + ",40,5,10,500,50,1.5,1020,-10,0,\"NW\",2.1,\"" + station + "\"");
		}
		return lines;
	}

	static Path write(Path file, String header, List<String> lines) throws IOException {
		List<String> all = new ArrayList<>();
		all.add(header);
		all.addAll(lines);
		return Files.write(file, all, StandardCharsets.UTF_8);
	}

	static Path writeGzip(Path file, String header, List<String> lines) throws IOException {
		try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
			out.write((header + "\n" + String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
		}
		return file;
	}

}
