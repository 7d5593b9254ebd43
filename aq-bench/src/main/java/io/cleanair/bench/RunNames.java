package io.cleanair.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The names of one run's stations, districts and official. All start with the run's id,
 * so runs on the same stack never collide and need no clean-up; each alert station has a
 * district of its own, so each trigger opens its own incident.
 */
record RunNames(String run, List<String> loadStations, String marker, List<String> alertStations,
		List<String> alertDistricts) {

	static RunNames of(String run, int stations, int alerts) {
		return new RunNames(run, ids(run + "-s", stations), run + "-m", ids(run + "-alert-", alerts),
				ids(run + "-zone-", alerts));
	}

	String loadDistrict() {
		return run + "-d";
	}

	String official() {
		return run + "-official";
	}

	/** Every station the run posts for: the provider key covers them all. */
	List<String> allStations() {
		List<String> all = new ArrayList<>(loadStations);
		all.add(marker);
		all.addAll(alertStations);
		return all;
	}

	/** Finds an alert station's id in an SMS text. */
	Pattern alertStation() {
		return Pattern.compile(Pattern.quote(run + "-alert-") + "\\d{4}");
	}

	private static List<String> ids(String prefix, int count) {
		List<String> ids = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			ids.add(prefix + String.format(Locale.ROOT, "%04d", i));
		}
		return ids;
	}
}
