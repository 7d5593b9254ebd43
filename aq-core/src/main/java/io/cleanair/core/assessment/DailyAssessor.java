package io.cleanair.core.assessment;

import io.cleanair.core.aqi.AqiStandard;
import io.cleanair.core.aqi.AqiStandards;
import io.cleanair.core.aqi.MissingDataPolicy;
import io.cleanair.core.aqi.ReportPeriod;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * Computes daily AQIs from daily concentrations under the rule set the policy picks for
 * each day.
 */
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

	/**
	 * A stored day assessed again under the rule set and day-validity policy it was
	 * stored with (the policy of the rule set itself when none was recorded): the same
	 * AQI, and the IAQIs that were not stored.
	 */
	public static DayAssessment asStored(DailyConcentrations concentrations, String ruleSet, MissingDataPolicy policy) {
		RuleSetPolicy fixed = RuleSetPolicy.always(AqiStandards.byId(ruleSet));
		return new DailyAssessor(policy == null ? fixed : fixed.withMissingDataPolicies(Map.of(ruleSet, policy)))
			.assess(concentrations);
	}

	/**
	 * A district's day: station values → means of concentrations (docs/standards.md §2.4)
	 * → one AQI.
	 */
	public DayAssessment assessDistrict(LocalDate day, Collection<DailyConcentrations> stationDays,
			int assessmentStations, StationCoverage coverage) {
		return assess(DistrictDay.combine(day, stationDays, assessmentStations, coverage));
	}

}
