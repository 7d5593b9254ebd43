package io.cleanair.core.rectification;

import java.util.EnumSet;
import java.util.Set;

/**
 * The states of a rectification item and the moves between them: OPEN → IN_PROGRESS →
 * RECTIFIED → VERIFIED; RECTIFIED or VERIFIED → REOPENED (the problem is back, or the
 * check failed); REOPENED → IN_PROGRESS. OPEN may go straight to RECTIFIED (fixed at
 * once).
 */
public enum RectificationStatus {

	OPEN, IN_PROGRESS, RECTIFIED, VERIFIED, REOPENED;

	public Set<RectificationStatus> next() {
		return switch (this) {
			case OPEN -> EnumSet.of(IN_PROGRESS, RECTIFIED);
			case IN_PROGRESS -> EnumSet.of(RECTIFIED);
			case RECTIFIED -> EnumSet.of(VERIFIED, REOPENED);
			case VERIFIED -> EnumSet.of(REOPENED);
			case REOPENED -> EnumSet.of(IN_PROGRESS, RECTIFIED);
		};
	}

	public boolean canMoveTo(RectificationStatus to) {
		return next().contains(to);
	}

	/**
	 * Still waiting for the responsible unit: the deadline and the weekly reports apply.
	 */
	public boolean awaitingRectification() {
		return this == OPEN || this == IN_PROGRESS || this == REOPENED;
	}

	/**
	 * Only the bureau (the admin) verifies or reopens; the responsible official reports
	 * progress and rectification.
	 */
	public boolean bureauOnly() {
		return this == VERIFIED || this == REOPENED;
	}

	/** Moves to {@code to}, or says why not. */
	public RectificationStatus moveTo(RectificationStatus to) {
		if (!canMoveTo(to)) {
			throw new IllegalTransitionException(this, to);
		}
		return to;
	}

	/** A move the ledger does not allow. */
	public static final class IllegalTransitionException extends IllegalStateException {

		private static final long serialVersionUID = 1L;

		public IllegalTransitionException(RectificationStatus from, RectificationStatus to) {
			super("a rectification item cannot go from " + from + " to " + to + " (allowed: " + from.next() + ")");
		}

	}

}
