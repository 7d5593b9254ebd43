package io.cleanair.core.alerting;

/** OPEN → ACKNOWLEDGED → RESOLVED; a resolved incident reopens within its cooldown. */
public enum IncidentStatus {

	OPEN, ACKNOWLEDGED, RESOLVED

}
