package io.cleanair.alert.incident;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of an incident's timeline: a signal, an escalation step, an acknowledgement, a
 * notice.
 */
public record TimelineEntry(Instant at, String action, UUID signalId, String severity, String actor, String note) {
}
