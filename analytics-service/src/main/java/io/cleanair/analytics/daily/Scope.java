package io.cleanair.analytics.daily;

import java.util.Locale;

/**
 * What a daily result is about: one station, a district (its stations' mean) or the city
 * (all stations).
 */
public enum Scope {

	STATION, DISTRICT, CITY;

	/** "station", "district" or "city", case-insensitive; empty otherwise. */
	public static java.util.Optional<Scope> parse(String text) {
		for (Scope s : values()) {
			if (s.name().equalsIgnoreCase(text)) {
				return java.util.Optional.of(s);
			}
		}
		return java.util.Optional.empty();
	}

	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

}
