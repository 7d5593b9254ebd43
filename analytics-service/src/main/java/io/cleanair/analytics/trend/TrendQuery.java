package io.cleanair.analytics.trend;

import io.cleanair.problems.Identifier;
import java.time.LocalDate;

import io.cleanair.analytics.daily.Scope;
import io.cleanair.analytics.web.DayRange;
import io.cleanair.core.pollutant.Pollutant;
import io.cleanair.problems.CrossChecked;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * {@code GET /api/v1/trends} parameters; {@code interval} defaults to {@code day}, whose
 * step bounds the range. Checked in this order.
 */
@CrossChecked
record TrendQuery(@NotNull(message = "is required") Scope scope,
		@NotBlank(message = "is required") @Identifier String id, @NotNull(message = "is required") Pollutant pollutant,
		Interval interval,
		@NotNull(message = "is required") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@NotNull(message = "is required") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
		Compare compare) implements DayRange {

	/**
	 * {@code compare=previous-year}: each point with the value of the same period a year
	 * earlier.
	 */
	enum Compare {

		PREVIOUS_YEAR

	}

	Interval step() {
		return interval == null ? Interval.DAY : interval;
	}

	boolean previousYear() {
		return compare == Compare.PREVIOUS_YEAR;
	}

	@Override
	public long maxDays() {
		return step().maxDays;
	}

	@Override
	public String whyNoLonger() {
		return " for interval " + step().sqlField();
	}
}
