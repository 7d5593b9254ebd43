package io.cleanair.analytics.report;

import java.time.LocalDate;

import io.cleanair.analytics.web.Bounded;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * {@code GET /api/v1/districts/{id}/good-days} parameters: a year up to this one (this
 * year, or the year of {@code date}, by default) and optionally the day to count up to
 * ({@code date}, inside that year).
 */
record GoodDaysQuery(@Bounded(min = 2000, max = Bounded.THIS_YEAR) Integer year,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {

	int yearOr(int fallback) {
		return year == null ? fallback : year;
	}
}
