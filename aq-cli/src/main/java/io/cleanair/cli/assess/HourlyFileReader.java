package io.cleanair.cli.assess;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.zip.ZipException;

/**
 * Reads one hourly file in the given format (or the one its header shows) into a new
 * store.
 */
final class HourlyFileReader {

	private HourlyFileReader() {
	}

	static HourlyStore read(Path path, InputFormat requested, ZoneId zone) {
		String file = path.toString();
		HourlyStore store = new HourlyStore();
		try (BufferedReader in = InputFiles.open(path)) {
			String header = in.readLine();
			InputFormat detected = InputFormat.detect(header);
			if (detected == null || (requested != null && requested != detected)) {
				String expected = requested == null ? "a long or PRSA header" : "a " + requested.name() + " header";
				throw new InputException(file, 1,
						"unknown format: expected " + expected + ", found '" + abbreviate(header) + "'");
			}
			switch (detected) {
				case LONG -> new LongFormatReader(file, zone).read(in, store);
				case PRSA -> new PrsaReader(file, header).read(in, store);
			}
		}
		catch (ZipException e) {
			throw new InputException(file, 0, "corrupt gzip data: " + e.getMessage());
		}
		catch (IOException e) {
			throw new InputException(file, 0, "cannot read: " + describe(e));
		}
		return store;
	}

	private static String describe(IOException e) {
		if (e instanceof java.nio.file.NoSuchFileException) {
			return "no such file";
		}
		if (e instanceof java.nio.file.AccessDeniedException) {
			return "permission denied";
		}
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}

	private static String abbreviate(String header) {
		if (header == null) {
			return "";
		}
		return header.length() > 60 ? header.substring(0, 60) + "…" : header;
	}

}
