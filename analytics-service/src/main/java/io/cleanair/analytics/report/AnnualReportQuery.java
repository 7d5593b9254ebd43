package io.cleanair.analytics.report;

import io.cleanair.problems.Identifier;
import io.cleanair.analytics.daily.Scope;
import io.cleanair.analytics.web.Bounded;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** {@code GET /api/v1/reports/annual} parameters, checked in this order. */
record AnnualReportQuery(@NotNull(message = "is required") Scope scope,
		@NotBlank(message = "is required") @Identifier String id,
		@NotNull(message = "is required") @Bounded(min = 2000, max = 2100) Integer year) {
}
