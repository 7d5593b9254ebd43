package io.cleanair.analytics.trend;

import java.util.Locale;
import java.util.Optional;

/** The step of a trend, with the longest range it may cover (so a response stays bounded). */
enum Interval {

	HOUR(366), DAY(3660), WEEK(3660), MONTH(36600), YEAR(36600);

	final int maxDays;

	Interval(int maxDays) {
		this.maxDays = maxDays;
	}

	static Optional<Interval> parse(String text) {
		for (Interval i : values()) {
			if (i.name().equalsIgnoreCase(text)) {
				return Optional.of(i);
			}
		}
		return Optional.empty();
	}

	String sqlField() {
		return name().toLowerCase(Locale.ROOT);
	}
}
