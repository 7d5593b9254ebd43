package io.cleanair.core.target;

import static org.assertj.core.api.Assertions.assertThat;

import io.cleanair.core.assessment.PeriodAssessment;
import io.cleanair.core.assessment.PeriodAssessor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class YearToDateTests {

	@Test
	void progressTakesAsOfFromTheEndOfTheAssessedPeriod() {
		PeriodAssessment nothingYet = PeriodAssessor.assess(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 2, 29),
				List.of());

		TargetProgress p = YearToDate.progress(GoodDayTarget.rate(2016, new BigDecimal("50")), nothingYet);

		// 2016 is a leap year: 366 − 60 = 306 days remain; 183 good days needed of them
		assertThat(p.remainingDays()).isEqualTo(306);
		assertThat(p.goodDaysNeeded()).isEqualTo(183);
		assertThat(p.status()).isEqualTo(TargetStatus.ON_TRACK);
	}

}
