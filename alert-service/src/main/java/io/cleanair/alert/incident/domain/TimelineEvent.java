package io.cleanair.alert.incident.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.cleanair.core.alerting.IncidentLifecycle.Action;
import io.cleanair.core.alerting.NoticeKind;
import io.cleanair.core.event.AlertSignal.Severity;

/**
 * One line of an incident's timeline, as a decision produces it. {@link #action()} is the
 * name the timeline stores and the API shows; it never changes, so older rows read back
 * the same.
 */
public sealed interface TimelineEvent {

	String action();

	String note();

	default UUID signalId() {
		return null;
	}

	default Severity severity() {
		return null;
	}

	/** The official the line is about (who acknowledged, whose notice is held). */
	default String actor() {
		return null;
	}

	/** A signal opened, updated, resolved or reopened the incident. */
	record SignalApplied(Action change, UUID signalId, Severity severity, String note) implements TimelineEvent {

		@Override
		public String action() {
			return change.name();
		}
	}

	/** A signal that changed nothing (a stale or out-of-order one). */
	record SignalIgnored(UUID signalId, Severity severity, String note) implements TimelineEvent {

		@Override
		public String action() {
			return "SIGNAL_IGNORED";
		}
	}

	/** Notices not yet sent that the incident's new state makes wrong. */
	record Withdrawn(NoticeKind kind, int count) implements TimelineEvent {

		@Override
		public String action() {
			return "WITHDRAWN";
		}

		@Override
		public String note() {
			return count + (kind == NoticeKind.RECOVERY ? " recovery notice(s) withdrawn" : " held alert(s) withdrawn");
		}
	}

	/** Those told of the incident are told it is over. */
	record RecoveryNoticed(List<String> officialIds) implements TimelineEvent {

		public RecoveryNoticed {
			officialIds = List.copyOf(officialIds);
		}

		@Override
		public String action() {
			return "RECOVERY_NOTICE";
		}

		@Override
		public String note() {
			return "recovery notice to " + String.join(", ", officialIds);
		}
	}

	/** An escalation step told its officials. */
	record Notified(String note) implements TimelineEvent {

		@Override
		public String action() {
			return "NOTIFIED";
		}
	}

	/** An official's notices wait for the end of their quiet hours. */
	record Held(String actor, Instant until) implements TimelineEvent {

		@Override
		public String action() {
			return "HELD";
		}

		@Override
		public String note() {
			return "held for quiet hours until " + until;
		}
	}

	/**
	 * An official acknowledged.
	 *
	 * @param via how (their key, or the admin's on their behalf); null when not known
	 */
	record Acknowledged(String actor, String reason, String via) implements TimelineEvent {

		@Override
		public String action() {
			return "ACKNOWLEDGED";
		}

		@Override
		public String note() {
			return reason + (via == null ? "" : " (" + via + ")");
		}
	}

	/** An acknowledgement that changed nothing (already acknowledged, or resolved). */
	record AcknowledgementIgnored(String actor, String note) implements TimelineEvent {

		@Override
		public String action() {
			return "ACK_IGNORED";
		}
	}

}
