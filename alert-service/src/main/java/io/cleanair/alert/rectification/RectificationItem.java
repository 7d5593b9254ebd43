package io.cleanair.alert.rectification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.cleanair.core.rectification.RectificationStatus;

/**
 * An item of the ledger.
 *
 * @param source {@code INCIDENT} (then {@code incidentId}) or {@code BUREAU} (entered by
 * the bureau)
 * @param officialId the responsible official, once assigned
 * @param escalationLevel how many steps of the route an overdue item has climbed
 * @param lastReportAt the last progress report (null: none yet)
 */
public record RectificationItem(UUID id, String title, String description, String location, String districtId,
		String officialId, String source, UUID incidentId, LocalDate deadline, RectificationStatus status,
		int escalationLevel, Instant createdAt, Instant updatedAt, Instant assignedAt, Instant lastReportAt,
		Instant closedAt) {

	/**
	 * When the weekly report clock started: the last report, else the assignment, else
	 * the creation.
	 */
	Instant reportClockStart() {
		return lastReportAt != null ? lastReportAt : assignedAt != null ? assignedAt : createdAt;
	}
}
