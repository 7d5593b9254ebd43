package io.cleanair.alert.incident;

import java.time.Instant;
import java.util.Set;

import io.cleanair.core.alerting.IncidentStatus;
import io.cleanair.core.event.AlertSignal.SignalType;

/**
 * {@code GET /api/v1/incidents} filters; null means any. {@code from}/{@code to} bound
 * the opening time.
 *
 * @param districts the caller's districts (its read scope); null for every district
 */
public record IncidentFilter(IncidentStatus status, String district, SignalType type, Instant from, Instant to,
		Set<String> districts) {
}
