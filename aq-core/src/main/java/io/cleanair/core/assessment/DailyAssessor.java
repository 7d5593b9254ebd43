package io.cleanair.core.assessment;

import io.cleanair.core.aqi.AqiStandard;
import io.cleanair.core.aqi.ReportPeriod;
import java.time.LocalDate;
import java.util.Collection;

/** Computes daily AQIs from daily concentrations under the rule set the policy picks for each day. */
public final class DailyAssessor {

    private final RuleSetPolicy policy;

    public DailyAssessor(RuleSetPolicy policy) {
        this.policy = policy;
    }

    /** HJ 633 in force on each day. */
    public static DailyAssessor inForceOnTheDay() {
        return new DailyAssessor(RuleSetPolicy.inForceOnTheDay());
    }

    public DayAssessment assess(DailyConcentrations concentrations) {
        LocalDate day = concentrations.day();
        AqiStandard standard = policy.forDay(day);
        return new DayAssessment(day, concentrations,
                standard.assess(day, ReportPeriod.DAY, concentrations.toIndicatorValues()),
                standard.missingDataPolicy());
    }

    /** A district's day: station values → means of concentrations (spec §2.4) → one AQI. */
    public DayAssessment assessDistrict(LocalDate day, Collection<DailyConcentrations> stationDays,
            int assessmentStations, StationCoverage coverage) {
        return assess(DistrictDay.combine(day, stationDays, assessmentStations, coverage));
    }
}
