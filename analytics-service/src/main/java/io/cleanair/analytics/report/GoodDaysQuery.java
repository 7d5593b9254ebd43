package io.cleanair.analytics.report;

import io.cleanair.analytics.web.Bounded;

/** {@code GET /api/v1/districts/{id}/good-days} parameters: a year up to this one, this year by default. */
record GoodDaysQuery(@Bounded(min = 2000, max = Bounded.THIS_YEAR) Integer year) {

	int yearOr(int thisYear) {
		return year == null ? thisYear : year;
	}
}
