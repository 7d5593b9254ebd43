package io.cleanair.cli.assess;

import io.cleanair.core.assessment.PeriodAssessment;

/** One (group, year) result of {@code aq assess}. */
record AssessmentRow(Grouping group, String id, int year, PeriodAssessment period) {
}
