package io.cleanair.alert.incident;

import java.time.Instant;

import io.cleanair.core.alerting.IncidentStatus;
import io.cleanair.core.event.AlertSignal.SignalType;

/**
 * {@code GET /api/v1/incidents} filters; null means any. {@code from}/{@code to} bound
 * the opening time.
 */
public record IncidentFilter(IncidentStatus status, String district, SignalType type, Instant from, Instant to) {
}
