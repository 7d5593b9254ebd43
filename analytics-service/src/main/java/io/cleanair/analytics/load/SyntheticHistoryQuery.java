package io.cleanair.analytics.load;

import java.time.LocalDate;

import io.cleanair.analytics.web.DayRange;
import io.cleanair.problems.CrossChecked;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * {@code POST /api/v1/admin/synthetic-history} parameters: the data set (stations,
 * districts, seed) and the days of it to load now, at most
 * {@value SyntheticHistoryController#MAX_RANGE_DAYS} a call; {@code bulk=true} loads them
 * with {@code COPY} ({@link BulkHistory}, in {@code format} TEXT or BINARY, default
 * binary) instead of the consumer's store statement.
 */
@CrossChecked
record SyntheticHistoryQuery(@NotNull(message = "is required") @Min(1) @Max(1000) Integer stations,
		@NotNull(message = "is required") @Min(1) @Max(100) Integer districts,
		@NotNull(message = "is required") @Min(0) Long seed,
		@NotNull(message = "is required") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@NotNull(message = "is required") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Boolean bulk,
		CopyRows.Format format) implements DayRange {

	SyntheticHistory.DataSet dataSet() {
		return new SyntheticHistory.DataSet(stations, districts, seed);
	}

	boolean isBulk() {
		return Boolean.TRUE.equals(bulk);
	}

	CopyRows.Format copyFormat() {
		return format == null ? BulkHistory.FORMAT : format;
	}

	@Override
	public long maxDays() {
		return SyntheticHistoryController.MAX_RANGE_DAYS;
	}

	@Override
	public String whyNoLonger() {
		return " (load longer periods in chunks)";
	}
}
