package io.cleanair.analytics.trend;

import java.util.Locale;

/**
 * The step of a trend, with the longest range it may cover (so a response stays bounded).
 */
enum Interval {

	HOUR(366), DAY(3660), WEEK(3660), MONTH(36600), YEAR(36600);

	final int maxDays;

	Interval(int maxDays) {
		this.maxDays = maxDays;
	}

	String sqlField() {
		return name().toLowerCase(Locale.ROOT);
	}

}
