package io.cleanair.cli.assess;

/** What one assessment row is about: each station, or all stations given as one city. */
enum Grouping {

	STATION,
	/**
	 * All stations read form one city, id "city" (docs/standards.md §2.4: city values are
	 * station means).
	 */
	CITY;

	static final String CITY_ID = "city";

	String label() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
