package io.cleanair.core.alerting;

/** What a notification says about its incident. */
public enum NoticeKind {

	/**
	 * The condition: to the first recipients and to everyone an escalation step reaches.
	 */
	ALERT,

	/** A short notice that the condition ended, to those already told. */
	RECOVERY,

	/**
	 * A short notice that a condition already announced as recovered is back (reopened in
	 * its cooldown).
	 */
	RETURNED,

	/** The leading group's briefing (no incident). */
	BRIEFING,

	/** A step of the accountability ladder (no incident). */
	ACCOUNTABILITY,

	/**
	 * A rectification item: overdue, or its weekly progress report missing (no incident).
	 */
	RECTIFICATION,

	/**
	 * To the duty officer: a notice that no channel could deliver to its recipient (about
	 * the incident of that notice, if any).
	 */
	UNDELIVERED

}
