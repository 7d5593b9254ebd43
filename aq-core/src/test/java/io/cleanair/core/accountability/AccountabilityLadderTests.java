package io.cleanair.core.accountability;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import io.cleanair.core.target.TargetStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Worked examples of the ladder with its default rules (2 → notice, 3 → yellow card, 4 →
 * warning talk).
 */
class AccountabilityLadderTests {

	private final AccountabilityLadder ladder = new AccountabilityLadder(LadderRules.defaults());

	private static List<MonthStanding> months(String district, String startMonth, boolean... bottom) {
		List<MonthStanding> out = new ArrayList<>();
		YearMonth m = YearMonth.parse(startMonth);
		for (boolean b : bottom) {
			out.add(new MonthStanding(district, m, b ? 8 : 2, b));
			m = m.plusMonths(1);
		}
		return out;
	}

	@Test
	void oneMonthInTheBottomThreeIsNoStepYet() {
		assertThat(ladder.stepAfter(months("shunyi", "2026-01", true))).isEmpty();
	}

	@Test
	void twoThreeAndFourMonthsRunningClimbNoticeYellowCardWarningTalk() {
		List<AccountabilityLadder.Step> steps = ladder.climb(months("shunyi", "2026-01", true, true, true, true));
		assertThat(steps)
			.extracting(AccountabilityLadder.Step::month, AccountabilityLadder.Step::sanction,
					AccountabilityLadder.Step::streak)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(YearMonth.of(2026, 2), Sanction.NOTICE_OF_CRITICISM, 2),
					org.assertj.core.groups.Tuple.tuple(YearMonth.of(2026, 3), Sanction.YELLOW_CARD, 3),
					org.assertj.core.groups.Tuple.tuple(YearMonth.of(2026, 4), Sanction.WARNING_TALK, 4));
	}

	@Test
	void leavingTheBottomThreeResetsTheCount() {
		// Jan, Feb bottom (notice in Feb); March out; April bottom again: streak 1, no
		// step; May: notice again
		List<MonthStanding> run = months("huairou", "2026-01", true, true, false, true, true);
		assertThat(AccountabilityLadder.streak(run.subList(0, 3))).isZero();
		assertThat(AccountabilityLadder.streak(run.subList(0, 4))).isEqualTo(1);
		assertThat(ladder.climb(run)).extracting(AccountabilityLadder.Step::month, AccountabilityLadder.Step::sanction)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(YearMonth.of(2026, 2), Sanction.NOTICE_OF_CRITICISM),
					org.assertj.core.groups.Tuple.tuple(YearMonth.of(2026, 5), Sanction.NOTICE_OF_CRITICISM));
	}

	@Test
	void aMonthWithoutARankingBreaksTheRun() {
		List<MonthStanding> run = List.of(new MonthStanding("x", YearMonth.of(2026, 1), 8, true),
				new MonthStanding("x", YearMonth.of(2026, 3), 8, true));
		assertThat(AccountabilityLadder.streak(run)).isEqualTo(1);
	}

	@Test
	void beyondTheLastThresholdThePrincipalIsSummonedAgain() {
		assertThat(ladder.stepFor(5)).contains(Sanction.WARNING_TALK);
	}

	@Test
	void theRulesAreConfigurable() {
		AccountabilityLadder strict = new AccountabilityLadder(new LadderRules(1, 2, 3));
		assertThat(strict.stepFor(1)).contains(Sanction.NOTICE_OF_CRITICISM);
		assertThat(strict.stepFor(3)).contains(Sanction.WARNING_TALK);
		assertThatThrownBy(() -> new LadderRules(3, 2, 4)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aMissedAnnualTargetIsAVeto() {
		assertThat(AccountabilityLadder.annual(TargetStatus.MISSED)).contains(Sanction.VETO);
		assertThat(AccountabilityLadder.annual(TargetStatus.AT_RISK)).isEmpty();
		assertThat(AccountabilityLadder.annual(TargetStatus.ACHIEVED)).isEmpty();
	}

	@Test
	void theYellowCardGoesToThePrincipalAndTheCityLeader() {
		assertThat(Sanction.NOTICE_OF_CRITICISM.addressees())
			.containsExactly(io.cleanair.core.alerting.Role.PRINCIPAL_RESPONSIBLE);
		assertThat(Sanction.YELLOW_CARD.addressees()).containsExactly(
				io.cleanair.core.alerting.Role.PRINCIPAL_RESPONSIBLE, io.cleanair.core.alerting.Role.CITY_LEADER);
	}

}
