package io.cleanair.core.target;

import io.cleanair.core.assessment.PeriodAssessment;
import java.time.LocalDate;

/** Target progress straight from a year-to-date period assessment. */
public final class YearToDate {

	private YearToDate() {
	}

	/**
	 * @param soFar the assessment from 1 January of the target year to the last day
	 * assessed ({@code soFar.to()} is taken as "as of")
	 */
	public static TargetProgress progress(GoodDayTarget target, PeriodAssessment soFar) {
		LocalDate start = LocalDate.of(target.year(), 1, 1);
		if (!soFar.from().equals(start)) {
			throw new IllegalArgumentException(
					"year-to-date assessment must start on " + start + ", not " + soFar.from());
		}
		return TargetProgress.of(target, soFar.to(), soFar.goodDays(), soFar.validDays());
	}

}
