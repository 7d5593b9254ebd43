package io.cleanair.alert.incident.domain;

import java.time.Instant;

import io.cleanair.core.alerting.Channel;
import io.cleanair.core.alerting.NoticeKind;

/**
 * A notice already in the outbox for an incident, as the decisions need to see it.
 *
 * @param notBefore when it is (or was) due
 */
public record PastNotice(String officialId, Channel channel, NoticeKind kind, State state, Instant notBefore) {

	public enum State {

		/** Waiting to be sent, held or due. */
		PENDING,

		/** Accepted by the provider. */
		SENT,

		/** Failed, fallen back to another channel, or withdrawn. */
		CLOSED

	}

	boolean pending() {
		return state == State.PENDING;
	}
}
