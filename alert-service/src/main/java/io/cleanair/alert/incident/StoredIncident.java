package io.cleanair.alert.incident;

import java.util.Map;

import io.cleanair.core.alerting.Incident;

/** An incident with the figures of its latest signal, as stored. */
public record StoredIncident(Incident incident, Map<String, Double> figures) {
}
