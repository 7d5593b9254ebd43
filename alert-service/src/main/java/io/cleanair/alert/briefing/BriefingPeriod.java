package io.cleanair.alert.briefing;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * The periods a briefing covers, ending on its date: a day; the seven days to it; the
 * month to it. The previous period (for movement in the ranking) ends the day, the week
 * or the month before.
 */
public enum BriefingPeriod {

	DAILY("日报", "daily"), WEEKLY("周报", "weekly"), MONTHLY("月报", "monthly");

	private final String chinese;

	private final String english;

	BriefingPeriod(String chinese, String english) {
		this.chinese = chinese;
		this.english = english;
	}

	public static Optional<BriefingPeriod> parse(String s) {
		for (BriefingPeriod p : values()) {
			if (p.english.equals(s == null ? "" : s.toLowerCase(Locale.ROOT))) {
				return Optional.of(p);
			}
		}
		return Optional.empty();
	}

	public LocalDate from(LocalDate date) {
		return switch (this) {
			case DAILY -> date;
			case WEEKLY -> date.minusDays(6);
			case MONTHLY -> date.withDayOfMonth(1);
		};
	}

	/** The last day of the previous period. */
	public LocalDate previousEnd(LocalDate date) {
		return switch (this) {
			case DAILY -> date.minusDays(1);
			case WEEKLY -> date.minusDays(7);
			case MONTHLY -> date.withDayOfMonth(1).minusDays(1);
		};
	}

	public String chinese() {
		return chinese;
	}

	public String english() {
		return english;
	}

}
