package io.cleanair.analytics.daily;

import io.cleanair.problems.Identifier;
import java.time.LocalDate;

import io.cleanair.analytics.web.Bounded;
import io.cleanair.analytics.web.DayRange;
import io.cleanair.problems.CrossChecked;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * {@code GET /api/v1/daily} parameters, checked in this order; {@code page} 0 and
 * {@code size} 366 by default.
 */
@CrossChecked
record DailyQuery(@NotNull(message = "is required") Scope scope,
		@NotBlank(message = "is required") @Identifier String id,
		@NotNull(message = "is required") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@NotNull(message = "is required") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
		@Bounded(min = 0, max = 100_000) Integer page,
		@Bounded(min = 1, max = DailyController.MAX_PAGE_SIZE) Integer size) implements DayRange {

	@Override
	public long maxDays() {
		return DailyController.MAX_RANGE_DAYS;
	}

	int pageOrFirst() {
		return page == null ? 0 : page;
	}

	int sizeOrDefault() {
		return size == null ? DailyController.DEFAULT_PAGE_SIZE : size;
	}
}
