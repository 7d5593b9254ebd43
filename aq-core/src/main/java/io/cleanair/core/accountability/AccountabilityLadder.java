package io.cleanair.core.accountability;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.cleanair.core.target.TargetStatus;

/**
 * Where a district stands on the ladder after a run of monthly rankings.
 * <ul>
 * <li>the streak is the number of consecutive months, ending with the latest, in the
 * bottom three; a month out of the bottom three (or a gap: a month without a standing)
 * resets it to 0;</li>
 * <li>a step is taken in the month the streak reaches its threshold; a streak beyond the
 * last threshold takes the last step again each month (the principal is summoned
 * again);</li>
 * <li>a missed annual good-day target is a {@link Sanction#VETO}.</li>
 * </ul>
 */
public final class AccountabilityLadder {

	private final LadderRules rules;

	public AccountabilityLadder(LadderRules rules) {
		this.rules = rules;
	}

	/**
	 * Consecutive months in the bottom three ending with the latest standing (months must
	 * be one district's).
	 */
	public static int streak(List<MonthStanding> standings) {
		List<MonthStanding> sorted = new ArrayList<>(standings);
		sorted.sort(Comparator.comparing(MonthStanding::month));
		int streak = 0;
		YearMonth previous = null;
		for (MonthStanding s : sorted) {
			boolean consecutive = previous == null || previous.plusMonths(1).equals(s.month());
			streak = s.bottomThree() ? (consecutive ? streak + 1 : 1) : 0;
			previous = s.month();
		}
		return streak;
	}

	/** The step a streak of this many months calls for in its latest month, if any. */
	public Optional<Sanction> stepFor(int streak) {
		if (streak >= rules.warningTalkAfterMonths()) {
			return Optional.of(Sanction.WARNING_TALK);
		}
		if (streak == rules.yellowCardAfterMonths()) {
			return Optional.of(Sanction.YELLOW_CARD);
		}
		if (streak == rules.noticeAfterMonths()) {
			return Optional.of(Sanction.NOTICE_OF_CRITICISM);
		}
		return Optional.empty();
	}

	/** The step the latest of these standings calls for. */
	public Optional<Sanction> stepAfter(List<MonthStanding> standings) {
		return stepFor(streak(standings));
	}

	/**
	 * Every step taken along a run of standings, month by month (what the ladder's record
	 * should hold).
	 */
	public List<Step> climb(List<MonthStanding> standings) {
		List<MonthStanding> sorted = new ArrayList<>(standings);
		sorted.sort(Comparator.comparing(MonthStanding::month));
		List<Step> steps = new ArrayList<>();
		for (int i = 0; i < sorted.size(); i++) {
			int streak = streak(sorted.subList(0, i + 1));
			MonthStanding s = sorted.get(i);
			stepFor(streak).ifPresent(sanction -> steps.add(new Step(s.districtId(), s.month(), sanction, streak)));
		}
		return steps;
	}

	/** A missed annual target is a veto; any other status is none. */
	public static Optional<Sanction> annual(TargetStatus yearEnd) {
		return yearEnd == TargetStatus.MISSED ? Optional.of(Sanction.VETO) : Optional.empty();
	}

	/**
	 * A step taken: the district, the month whose ranking called for it, and the streak
	 * behind it.
	 */
	public record Step(String districtId, YearMonth month, Sanction sanction, int streak) {
	}

}
