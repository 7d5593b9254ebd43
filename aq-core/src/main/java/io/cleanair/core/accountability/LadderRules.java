package io.cleanair.core.accountability;

/**
 * After how many consecutive months in the bottom three of the monthly ranking each step
 * is taken. Defaults: 2 → notice of criticism, 3 → yellow card, 4 → summons for a warning
 * talk.
 */
public record LadderRules(int noticeAfterMonths, int yellowCardAfterMonths, int warningTalkAfterMonths) {

	public LadderRules {
		noticeAfterMonths = noticeAfterMonths <= 0 ? 2 : noticeAfterMonths;
		yellowCardAfterMonths = yellowCardAfterMonths <= 0 ? 3 : yellowCardAfterMonths;
		warningTalkAfterMonths = warningTalkAfterMonths <= 0 ? 4 : warningTalkAfterMonths;
		if (!(noticeAfterMonths < yellowCardAfterMonths && yellowCardAfterMonths < warningTalkAfterMonths)) {
			throw new IllegalArgumentException("the ladder must climb: notice < yellow card < warning talk, got "
					+ noticeAfterMonths + ", " + yellowCardAfterMonths + ", " + warningTalkAfterMonths);
		}
	}

	public static LadderRules defaults() {
		return new LadderRules(0, 0, 0);
	}
}
