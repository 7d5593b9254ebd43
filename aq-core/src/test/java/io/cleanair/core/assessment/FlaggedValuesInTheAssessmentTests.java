package io.cleanair.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import io.cleanair.core.aqi.Indicator;
import io.cleanair.core.assessment.ExcludedValue.Reason;
import io.cleanair.core.pollutant.Pollutant;
import io.cleanair.core.qc.QcFlag;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * QC-flagged hourly values in the daily assessment: the three policies and the
 * exceedance-exception guard.
 */
class FlaggedValuesInTheAssessmentTests {

	private static final LocalDate DAY = LocalDate.of(2016, 7, 4);

	/**
	 * The 2016 case: O3 for 16 hours, the 16th an isolated 500 µg/m³ (flagged as a spike)
	 * followed by missing hours; every other pollutant complete.
	 */
	private static StationDayHours sixteenOzoneHoursEndingInASpike(boolean flagged) {
		StationDayHours hours = new StationDayHours();
		for (int label = 1; label <= 24; label++) {
			hours.set(Pollutant.PM2_5, label, 30);
			hours.set(Pollutant.PM10, label, 50);
			hours.set(Pollutant.SO2, label, 5);
			hours.set(Pollutant.NO2, label, 20);
			hours.set(Pollutant.CO, label, 0.5);
			if (label < 16) {
				hours.set(Pollutant.O3, label, 60);
			}
		}
		hours.set(Pollutant.O3, 16, 500, 60, flagged ? QcFlag.SPIKE.bit() : 0);
		return hours;
	}

	@Test
	void unflaggedTheIsolatedValueMakesTheSixteenHourMaximumValidByTheExceedanceException() {
		DailyConcentrations day = StationDay.compute(DAY, sixteenOzoneHoursEndingInASpike(false));

		assertThat(day.value(Indicator.O3_1H)).hasValue(500);
		assertThat(day.excluded()).isEmpty();
	}

	@Test
	void aFlaggedValueAloneDoesNotMakeTheIncompleteMaximumValid() {
		DailyConcentrations day = StationDay.compute("S1", DAY, sixteenOzoneHoursEndingInASpike(true),
				FlaggedValuePolicy.USE);

		assertThat(day.has(Indicator.O3_1H)).isFalse();
		assertThat(day.excluded()).containsExactly(new ExcludedValue("S1", Pollutant.O3, 16, 500,
				Reason.NOT_FOR_EXCEEDANCE_EXCEPTION, "[SPIKE]", Indicator.O3_1H));
		DayAssessment assessed = DailyAssessor.inForceOnTheDay().assess(day);
		assertThat(assessed.result().iaqiOf(Pollutant.O3)).isEmpty();
		assertThat(assessed.excluded()).hasSize(1);
	}

	@Test
	void aSecondUnflaggedExceedanceStillCarriesTheOneHourExceptionButNotTheEightHourOne() {
		StationDayHours hours = sixteenOzoneHoursEndingInASpike(true);
		hours.set(Pollutant.O3, 15, 250);

		DailyConcentrations day = StationDay.compute("S1", DAY, hours, FlaggedValuePolicy.USE);

		// 1-hour: 250 > 200 without the spike, so the maximum (with it, as USE says) is
		// 500
		assertThat(day.value(Indicator.O3_1H)).hasValue(500);
		// MDA8: 11 valid windows; window 18 (hours 11–16) is 165 > 160 only with the
		// spike: (4 × 60 + 250) / 5 = 98
		assertThat(day.has(Indicator.O3_8H)).isFalse();
		assertThat(day.excluded()).containsExactly(new ExcludedValue("S1", Pollutant.O3, 16, 500,
				Reason.NOT_FOR_EXCEEDANCE_EXCEPTION, "[SPIKE]", Indicator.O3_8H));
	}

	@Test
	void aRefusalForAStatisticTheDaysRuleSetDoesNotUseIsNotListed() {
		StationDayHours hours = sixteenOzoneHoursEndingInASpike(true);
		LocalDate in2026 = LocalDate.of(2026, 7, 4);

		DayAssessment day = DailyAssessor.inForceOnTheDay()
			.assess(StationDay.compute("S1", in2026, hours, FlaggedValuePolicy.USE));

		// HJ 633-2026's daily report has no O3 1-hour indicator: its refused exception is
		// no concern of the day
		assertThat(day.concentrations().excluded()).extracting(ExcludedValue::statistic)
			.containsExactly(Indicator.O3_1H);
		assertThat(day.excluded()).isEmpty();
	}

	@Test
	void excludeTreatsFlaggedValuesAsMissingAndListsThem() {
		StationDayHours hours = sixteenOzoneHoursEndingInASpike(true);
		hours.set(Pollutant.PM2_5, 3, 270, 60, QcFlag.SPIKE.bit() | QcFlag.STUCK.bit());

		DailyConcentrations used = StationDay.compute("S1", DAY, hours, FlaggedValuePolicy.USE);
		DailyConcentrations excluded = StationDay.compute("S1", DAY, hours, FlaggedValuePolicy.EXCLUDE);

		assertThat(used.value(Indicator.PM2_5_24H)).hasValue((23 * 30 + 270) / 24.0);
		assertThat(excluded.value(Indicator.PM2_5_24H)).hasValue(30);
		assertThat(excluded.has(Indicator.O3_1H)).isFalse();
		assertThat(excluded.excluded())
			.extracting(ExcludedValue::pollutant, ExcludedValue::hourLabel, ExcludedValue::reason,
					ExcludedValue::detail)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(Pollutant.PM2_5, 3, Reason.QC_FLAG_EXCLUDED, "[SPIKE, STUCK]"),
					org.assertj.core.groups.Tuple.tuple(Pollutant.O3, 16, Reason.QC_FLAG_EXCLUDED, "[SPIKE]"));
	}

	@Test
	void holdLeavesFlaggedValuesOutAndMarksTheDayPendingAudit() {
		DayAssessment held = DailyAssessor.inForceOnTheDay()
			.assess(StationDay.compute("S1", DAY, sixteenOzoneHoursEndingInASpike(true), FlaggedValuePolicy.HOLD));
		DayAssessment used = DailyAssessor.inForceOnTheDay()
			.assess(StationDay.compute("S1", DAY, sixteenOzoneHoursEndingInASpike(true), FlaggedValuePolicy.USE));

		assertThat(held.pendingAudit()).isTrue();
		assertThat(held.excluded()).extracting(ExcludedValue::reason).containsExactly(Reason.QC_FLAG_HELD);
		assertThat(used.pendingAudit()).isFalse();
	}

	@Test
	void anHourSampledForLessThan45MinutesIsNotAnHourlyValue() {
		StationDayHours hours = new StationDayHours();
		for (int label = 1; label <= 20; label++) {
			hours.set(Pollutant.PM2_5, label, 80, 60, 0);
		}
		hours.set(Pollutant.PM2_5, 21, 80, 40, 0);

		DailyConcentrations day = StationDay.compute("S1", DAY, hours, FlaggedValuePolicy.USE);

		assertThat(day.value(Indicator.PM2_5_24H)).hasValue(80);
		assertThat(day.excluded()).containsExactly(new ExcludedValue("S1", Pollutant.PM2_5, 21, 80,
				Reason.INSUFFICIENT_COVERAGE, "40 of 60 minutes sampled"));
		hours.set(Pollutant.PM2_5, 20, 80, 44, 0);
		assertThat(StationDay.compute("S1", DAY, hours, FlaggedValuePolicy.USE).has(Indicator.PM2_5_24H)).isFalse();
	}

	@Test
	void excludedValuesAreListedInPollutantAndHourOrderWhateverOrderTheHoursArrivedIn() {
		StationDayHours hours = new StationDayHours();
		for (int label : new int[] { 22, 3, 17 }) {
			hours.set(Pollutant.PM10, label, 80, 30, 0);
			hours.set(Pollutant.PM2_5, label, 50, 30, 0);
		}

		DailyConcentrations day = StationDay.compute("S1", DAY, hours, FlaggedValuePolicy.USE);

		assertThat(day.excluded()).extracting(e -> e.pollutant() + " " + e.hourLabel())
			.containsExactly("PM2_5 3", "PM2_5 17", "PM2_5 22", "PM10 3", "PM10 17", "PM10 22");
	}

	@Test
	void aDistrictDayListsTheValuesItsStationsLeftOut() {
		DailyConcentrations s1 = StationDay.compute("S1", DAY, sixteenOzoneHoursEndingInASpike(true),
				FlaggedValuePolicy.USE);
		DailyConcentrations s2 = StationDay.compute("S2", DAY, sixteenOzoneHoursEndingInASpike(false),
				FlaggedValuePolicy.USE);

		DailyConcentrations district = DistrictDay.combine(DAY, List.of(s1, s2));

		assertThat(district.value(Indicator.O3_1H)).hasValue(500);
		assertThat(district.excluded()).extracting(ExcludedValue::stationId).containsExactly("S1");
	}

}
