package io.cleanair.alert.incident.web;

import io.cleanair.problems.Identifier;
import java.time.OffsetDateTime;

import io.cleanair.alert.incident.IncidentFilter;
import io.cleanair.alert.official.ReadScope;
import io.cleanair.core.alerting.IncidentStatus;
import io.cleanair.core.event.AlertSignal.SignalType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * {@code GET /api/v1/incidents} parameters; absent filters match any.
 * {@code from}/{@code to} bound the opening time.
 */
record IncidentQuery(IncidentStatus status, @Identifier String district, SignalType type,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to, @Min(1) @Max(1000) Integer limit) {

	int limitOrDefault() {
		return limit == null ? 100 : limit;
	}

	/** The filter, within the caller's districts. */
	IncidentFilter filter(ReadScope scope) {
		return new IncidentFilter(status, district, type, from == null ? null : from.toInstant(),
				to == null ? null : to.toInstant(), scope.districts());
	}
}
