package io.cleanair.analytics.report;

import java.time.LocalDate;

import io.cleanair.analytics.web.Bounded;
import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * {@code GET /api/v1/rankings} parameters: a year up to this one, optionally a month of
 * it, and optionally the last day to rank ({@code to}, inside the period; today by
 * default).
 */
record RankingsQuery(@NotNull(message = "is required") @Bounded(min = 2000, max = Bounded.THIS_YEAR) Integer year,
		@Bounded(min = 1, max = 12) Integer month, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
}
