package io.cleanair.analytics.load;

import java.time.LocalDate;

import io.cleanair.analytics.web.DayRange;
import io.cleanair.problems.CrossChecked;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * {@code GET /api/v1/admin/synthetic-history} parameters: the data set and the days whose
 * load is asked about (at most ten years).
 */
@CrossChecked
record SyntheticHistoryStateQuery(@NotNull(message = "is required") @Min(1) @Max(1000) Integer stations,
		@NotNull(message = "is required") @Min(1) @Max(100) Integer districts,
		@NotNull(message = "is required") @Min(0) Long seed,
		@NotNull(message = "is required") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@NotNull(message = "is required") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to)
		implements
			DayRange {

	SyntheticHistory.DataSet dataSet() {
		return new SyntheticHistory.DataSet(stations, districts, seed);
	}

	@Override
	public long maxDays() {
		return 3660;
	}

}
