package io.cleanair.analytics.report;

import java.time.LocalDate;

import io.cleanair.analytics.web.DayRange;
import io.cleanair.problems.CrossChecked;
import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * {@code GET /api/v1/reports/completeness} parameters: the days {@code [from, to]}, at
 * most 366 days.
 */
@CrossChecked
record CompletenessQuery(
		@NotNull(message = "is required") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@NotNull(message = "is required") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to)
		implements
			DayRange {

	@Override
	public long maxDays() {
		return Periods.MAX_DAYS;
	}
}
