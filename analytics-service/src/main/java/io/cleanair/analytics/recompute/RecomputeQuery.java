package io.cleanair.analytics.recompute;

import java.time.LocalDate;

import io.cleanair.analytics.web.DayRange;
import io.cleanair.problems.CrossChecked;
import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * {@code POST /api/v1/recomputations} parameters: at most
 * {@value RecomputeController#MAX_RANGE_DAYS} days.
 */
@CrossChecked
record RecomputeQuery(@NotNull(message = "is required") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@NotNull(message = "is required") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to)
		implements
			DayRange {

	@Override
	public long maxDays() {
		return RecomputeController.MAX_RANGE_DAYS;
	}

	@Override
	public String whyNoLonger() {
		return " (recompute longer periods in chunks)";
	}
}
