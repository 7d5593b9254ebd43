package io.cleanair.alert.incident.domain;

import io.cleanair.core.alerting.NoticeKind;

/**
 * Pending notices of an incident to withdraw from the outbox.
 *
 * @param evenIfDue also those already due (else only those held for later)
 * @param reason recorded on each withdrawn notice
 */
public record Withdrawal(NoticeKind kind, boolean evenIfDue, String reason) {
}
