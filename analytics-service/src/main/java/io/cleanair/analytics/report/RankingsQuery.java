package io.cleanair.analytics.report;

import io.cleanair.analytics.web.Bounded;
import jakarta.validation.constraints.NotNull;

/** {@code GET /api/v1/rankings} parameters: a year up to this one, and optionally a month of it. */
record RankingsQuery(@NotNull(message = "is required") @Bounded(min = 2000, max = Bounded.THIS_YEAR) Integer year,
		@Bounded(min = 1, max = 12) Integer month) {
}
