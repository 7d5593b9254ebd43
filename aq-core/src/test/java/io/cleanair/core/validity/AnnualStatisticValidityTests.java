package io.cleanair.core.validity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnnualStatisticValidityTests {

	private static List<LocalDate> everyDayOf(int year) {
		List<LocalDate> days = new ArrayList<>();
		for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
			days.add(d);
		}
		return days;
	}

	@Test
	void fullYearIsValid() {
		assertThat(DataValidity.isValidAnnualStatistic(2015, everyDayOf(2015))).isTrue();
	}

	@Test
	void threeHundredTwentyThreeDaysIsNotAValidYear() {
		List<LocalDate> days = everyDayOf(2015);
		// drop 3 or 4 days from each month: 42 days → 323 left, every month still ≥ 27
		// (Feb ≥ 25)
		days.removeIf(d -> d.getDayOfMonth() <= (d.getMonthValue() <= 6 ? 4 : 3));

		assertThat(days).hasSize(323);
		assertThat(DataValidity.isValidAnnualStatistic(2015, days)).isFalse();
	}

	@Test
	void aMonthWithTwentySixDaysMakesTheYearInvalidEvenWithEnoughDays() {
		List<LocalDate> days = everyDayOf(2015);
		days.removeIf(d -> d.getMonthValue() == 7 && d.getDayOfMonth() <= 5);

		assertThat(days).hasSizeGreaterThan(324);
		assertThat(DataValidity.isValidAnnualStatistic(2015, days)).isFalse();
	}

	@Test
	void februaryNeedsOnlyTwentyFive() {
		assertThat(DataValidity.isValidMonthForAnnualStatistic(YearMonth.of(2016, 2), 25)).isTrue();
		assertThat(DataValidity.isValidMonthForAnnualStatistic(YearMonth.of(2016, 2), 24)).isFalse();
		assertThat(DataValidity.isValidMonthForAnnualStatistic(YearMonth.of(2016, 3), 26)).isFalse();
		assertThat(DataValidity.isValidMonthForAnnualStatistic(YearMonth.of(2016, 3), 27)).isTrue();
	}

}
