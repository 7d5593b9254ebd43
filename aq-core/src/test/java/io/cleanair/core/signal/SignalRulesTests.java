package io.cleanair.core.signal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.cleanair.core.assessment.DailyAssessor;
import io.cleanair.core.assessment.DailyConcentrations;
import io.cleanair.core.assessment.DayAssessment;
import io.cleanair.core.assessment.PeriodAssessment;
import io.cleanair.core.assessment.PeriodAssessor;
import io.cleanair.core.aqi.Indicator;
import io.cleanair.core.event.AlertSignal;
import io.cleanair.core.event.AlertSignal.SignalType;
import io.cleanair.core.pollutant.Pollutant;
import io.cleanair.core.target.GoodDayTarget;
import io.cleanair.core.target.TargetProgress;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each rule fires when it should and stays quiet when it should not. */
class SignalRulesTests {

	static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

	static final LocalDate DAY = LocalDate.of(2026, 11, 28);

	static final SignalThresholds T = SignalThresholds.DEFAULTS;

	// SUSTAINED_EXCEEDANCE

	@Test
	void threeHoursAbove100AfterAGoodHourAreASustainedExceedance() {
		Evaluation e = new SustainedExceedanceRule(T).evaluate(series(Pollutant.PM2_5, 30, 200, 200, 200), NOW);
		assertThat(e.holding()).singleElement()
			.satisfies(s -> assertThat(s.deduplicationKey()).isEqualTo("SUSTAINED_EXCEEDANCE:d1:s1:PM2_5"));
	}

	@Test
	void twoHoursAbove100AreNotYetSustained() {
		Evaluation e = new SustainedExceedanceRule(T).evaluate(series(Pollutant.PM2_5, 30, 30, 200, 200), NOW);
		assertThat(e.holding()).isEmpty();
		assertThat(e.checked()).containsExactly("SUSTAINED_EXCEEDANCE:d1:s1:PM2_5");
	}

	@Test
	void aRunWithoutAKnownGoodHourBeforeItIsNotSignalled() {
		Evaluation e = new SustainedExceedanceRule(T).evaluate(series(Pollutant.PM2_5, Double.NaN, 200, 200, 200), NOW);
		assertThat(e.holding()).isEmpty();
	}

	@Test
	void aGoodLatestHourClearsTheExceedance() {
		Evaluation e = new SustainedExceedanceRule(T).evaluate(series(Pollutant.PM2_5, 30, 200, 200, 200, 30), NOW);
		assertThat(e.holding()).isEmpty();
		assertThat(e.checked()).contains("SUSTAINED_EXCEEDANCE:d1:s1:PM2_5");
	}

	// SHORT_TERM_REBOUND

	@Test
	void a24HourMeanUp30PercentIntoAWorseCategoryIsARebound() {
		double[] values = new double[48];
		Arrays.fill(values, 0, 24, 30); // category I
		Arrays.fill(values, 24, 48, 50); // +67 %, category II
		Evaluation e = new ShortTermReboundRule(T).evaluate(series(Pollutant.PM2_5, values), NOW);
		assertThat(e.holding()).singleElement().satisfies(s -> {
			assertThat(s.type()).isEqualTo(SignalType.SHORT_TERM_REBOUND);
			assertThat(s.figures().get("risePercent")).isEqualTo(66.7);
		});
	}

	@Test
	void aRiseWithinTheSameCategoryIsNoRebound() {
		double[] values = new double[48];
		Arrays.fill(values, 0, 24, 10);
		Arrays.fill(values, 24, 48, 20); // +100 %, still category I
		assertThat(new ShortTermReboundRule(T).evaluate(series(Pollutant.PM2_5, values), NOW).holding()).isEmpty();
	}

	@Test
	void tooFewHoursInAWindowAreNotJudged() {
		double[] values = new double[48];
		Arrays.fill(values, Double.NaN);
		Arrays.fill(values, 30, 48, 80);
		Evaluation e = new ShortTermReboundRule(T).evaluate(series(Pollutant.PM2_5, values), NOW);
		assertThat(e.checked()).isEmpty();
	}

	// HEAVY_POLLUTION observed

	@Test
	void aDistrictDayAbove200IsHeavyAndADayAtOrBelow200ClearsIt() {
		HeavyPollutionRule rule = new HeavyPollutionRule();
		Evaluation heavy = rule.observed("d1", assess(200), NOW);
		assertThat(heavy.holding()).singleElement()
			.satisfies(s -> assertThat(s.deduplicationKey()).isEqualTo("HEAVY_POLLUTION:d1:2026-11-28"));
		Evaluation clean = rule.observed("d1", assess(30), NOW);
		assertThat(clean.holding()).isEmpty();
		assertThat(clean.checked()).containsExactly("HEAVY_POLLUTION:d1:2026-11-28");
	}

	// TARGET_AT_RISK

	@Test
	void aTargetOutOfReachOrNearlyUsedUpIsAtRiskAndOnTrackIsQuiet() {
		TargetAtRiskRule rule = new TargetAtRiskRule(T);
		GoodDayTarget target = GoodDayTarget.rate(2026, BigDecimal.valueOf(80));
		TargetProgress behind = TargetProgress.of(target, LocalDate.of(2026, 6, 30), 100, 181);
		TargetProgress ahead = TargetProgress.of(target, LocalDate.of(2026, 6, 30), 170, 181);
		assertThat(rule.evaluate("d1", behind, NOW).holding()).singleElement()
			.satisfies(s -> assertThat(s.deduplicationKey()).isEqualTo("TARGET_AT_RISK:d1:2026"));
		assertThat(rule.evaluate("d1", ahead, NOW).holding()).isEmpty();
	}

	@Test
	void fewNonGoodDaysLeftIsAtRiskEvenWhenOnPace() {
		GoodDayTarget target = GoodDayTarget.count(2026, 340);
		// 305 good of 325 valid by 21 Nov: on pace (35 of the last 40 needed), but only 5
		// non-good days left
		TargetProgress progress = TargetProgress.of(target, LocalDate.of(2026, 11, 21), 305, 325);
		assertThat(progress.status()).isEqualTo(io.cleanair.core.target.TargetStatus.ON_TRACK);
		assertThat(progress.nonGoodDaysAllowed()).isLessThanOrEqualTo(T.targetAllowanceWarning());
		assertThat(new TargetAtRiskRule(T).evaluate("d1", progress, NOW).holding()).hasSize(1);
	}

	// YOY_REBOUND

	@Test
	void aMeanAtLeast5PercentAboveLastYearIsAYearOverYearRebound() {
		YoyReboundRule rule = new YoyReboundRule(T);
		PeriodAssessment now = period(2026, 42);
		Evaluation e = rule.evaluate("d1", "MTD:2026-11", now, period(2025, 40), NOW);
		assertThat(e.holding()).extracting(AlertSignal::deduplicationKey)
			.containsExactly("YOY_REBOUND:d1:PM2_5:MTD:2026-11");
		assertThat(rule.evaluate("d1", "MTD:2026-11", now, period(2025, 41), NOW).holding()).isEmpty();
	}

	// RANKING_BOTTOM

	@Test
	void theBottomThreeOfARankingAreSignalledAndTheOthersAreNot() {
		List<RankingBottomRule.Ranked> ranking = List.of(new RankingBottomRule.Ranked("a", 1, 3.1),
				new RankingBottomRule.Ranked("b", 2, 3.5), new RankingBottomRule.Ranked("c", 3, 4.0),
				new RankingBottomRule.Ranked("d", 4, 4.2), new RankingBottomRule.Ranked("e", 5, 5.0));
		Evaluation e = new RankingBottomRule(T).evaluate("2026-11", ranking, NOW);
		assertThat(e.holding()).extracting(AlertSignal::districtId).containsExactly("c", "d", "e");
		assertThat(e.checked()).hasSize(5);
	}

	@Test
	void aRankingOfTooFewDistrictsSaysNothing() {
		List<RankingBottomRule.Ranked> ranking = List.of(new RankingBottomRule.Ranked("a", 1, 3.1),
				new RankingBottomRule.Ranked("b", 2, 3.5));
		assertThat(new RankingBottomRule(T).evaluate("2026-11", ranking, NOW).checked()).isEmpty();
	}

	// STATION_SILENT

	@Test
	void anActiveStationSilentLongerThanTheThresholdIsSignalled() {
		StationSilentRule rule = new StationSilentRule(T);
		var silent = new StationSilentRule.StationActivity("s1", "d1", true, NOW.minus(Duration.ofDays(9)),
				NOW.minus(Duration.ofHours(3)));
		var recent = new StationSilentRule.StationActivity("s2", "d1", true, NOW.minus(Duration.ofDays(9)),
				NOW.minus(Duration.ofMinutes(30)));
		var inactive = new StationSilentRule.StationActivity("s3", "d1", false, NOW.minus(Duration.ofDays(9)), null);
		assertThat(rule.evaluate(silent, NOW).holding()).hasSize(1);
		assertThat(rule.evaluate(recent, NOW).holding()).isEmpty();
		assertThat(rule.evaluate(inactive, NOW).holding()).isEmpty();
	}

	// the ledger

	@Test
	void aHoldingConditionIsSignalledOnceAndRecoveredWhenItClears() {
		StationSilentRule rule = new StationSilentRule(T);
		var silent = new StationSilentRule.StationActivity("s1", "d1", true, NOW, NOW.minus(Duration.ofHours(3)));
		SignalLedger.Reconciliation first = SignalLedger.reconcile(rule.evaluate(silent, NOW), Map.of(), NOW);
		assertThat(first.opened()).hasSize(1);
		Map<String, OpenCondition> open = Map.of(first.opened().get(0).deduplicationKey(),
				OpenCondition.of(first.opened().get(0)));

		assertThat(SignalLedger.reconcile(rule.evaluate(silent, NOW), open, NOW).toPublish()).isEmpty();

		var back = new StationSilentRule.StationActivity("s1", "d1", true, NOW, NOW);
		SignalLedger.Reconciliation cleared = SignalLedger.reconcile(rule.evaluate(back, NOW), open, NOW);
		assertThat(cleared.recovered()).singleElement().satisfies(s -> {
			assertThat(s.type()).isEqualTo(SignalType.RECOVERED);
			assertThat(s.deduplicationKey()).isEqualTo("STATION_SILENT:d1:s1");
		});
	}

	@Test
	void aConditionThatWasNotCheckedStaysOpen() {
		AlertSignal heavy = new HeavyPollutionRule().observed("d1", assess(200), NOW).holding().get(0);
		Map<String, OpenCondition> open = Map.of(heavy.deduplicationKey(), OpenCondition.of(heavy));
		assertThat(SignalLedger.reconcile(Evaluation.none(), open, NOW).toPublish()).isEmpty();
	}

	private static HourlySeries series(Pollutant p, double... values) {
		Instant last = NOW;
		return new HourlySeries("s1", "d1", p, last, DAY, values);
	}

	/**
	 * A complete district day whose PM2.5 24-hour mean is {@code pm25} and everything
	 * else is low.
	 */
	private static DayAssessment assess(double pm25) {
		return DailyAssessor.inForceOnTheDay()
			.assess(new DailyConcentrations(DAY,
					Map.of(Indicator.PM2_5_24H, pm25, Indicator.PM10_24H, 40.0, Indicator.SO2_24H, 5.0,
							Indicator.NO2_24H, 20.0, Indicator.CO_24H, 0.5, Indicator.O3_8H, 50.0, Indicator.O3_1H,
							60.0)));
	}

	private static PeriodAssessment period(int year, double pm25) {
		List<DayAssessment> days = new ArrayList<>();
		LocalDate from = LocalDate.of(year, 11, 1);
		for (int d = 0; d < 10; d++) {
			days.add(DailyAssessor.inForceOnTheDay()
				.assess(new DailyConcentrations(from.plusDays(d), Map.of(Indicator.PM2_5_24H, pm25))));
		}
		return PeriodAssessor.assess(from, from.plusDays(9), days);
	}

}
