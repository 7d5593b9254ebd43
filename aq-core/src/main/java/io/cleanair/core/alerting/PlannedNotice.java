package io.cleanair.core.alerting;

import java.time.Instant;

/**
 * One notification to store in the outbox.
 *
 * @param step the route step that reached the official ({@code -1} for recovery and
 * returned notices)
 * @param reason why the official is told, for the message and the timeline
 * @param deliverAt not before this instant: later than now when the official's quiet
 * hours hold it
 */
public record PlannedNotice(Official official, Channel channel, NoticeKind kind, int step, boolean escalation,
		String reason, Instant deliverAt) {

	public boolean held(Instant now) {
		return deliverAt.isAfter(now);
	}
}
