package io.cleanair.core.assessment;

import io.cleanair.core.aqi.AqiStandard;
import io.cleanair.core.aqi.AqiStandards;
import io.cleanair.core.aqi.ChinaAqi;
import io.cleanair.core.aqi.MissingDataPolicy;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Which AQI rule set assesses a given day. The default is the rule set in force that day,
 * so a period straddling 2026-03-01 is assessed day by day (HJ 633-2012 before, HJ
 * 633-2026 from that day).
 */
@FunctionalInterface
public interface RuleSetPolicy {

	AqiStandard forDay(LocalDate day);

	/** HJ 633 in force on the day (AqiStandards.hj633For). */
	static RuleSetPolicy inForceOnTheDay() {
		return AqiStandards::hj633For;
	}

	/** One rule set for every day, e.g. to re-assess history under today's rules. */
	static RuleSetPolicy always(AqiStandard standard) {
		return day -> standard;
	}

	/**
	 * By id: "hj633" picks by day; any other id (hj633-2012, hj633-2026, epa-…) is fixed.
	 */
	static RuleSetPolicy byId(String id) {
		return "hj633".equals(id) ? inForceOnTheDay() : always(AqiStandards.byId(id));
	}

	/**
	 * The same choice of rule set, with the day-validity (missing-data) policy of some HJ
	 * 633 editions replaced, e.g. {@code hj633-2012 → NA_UNLESS_ABOVE_100} to count
	 * 2012-era days as HJ 633-2026 §5.3 would. Results name the policy they were assessed
	 * under ({@link DayAssessment#validityPolicy()}).
	 */
	default RuleSetPolicy withMissingDataPolicies(Map<String, MissingDataPolicy> byRuleSet) {
		if (byRuleSet.isEmpty()) {
			return this;
		}
		Map<String, AqiStandard> replaced = new HashMap<>();
		byRuleSet.forEach((id, missing) -> {
			if (!(AqiStandards.byId(id) instanceof ChinaAqi china)) {
				throw new IllegalArgumentException(
						"a day-validity policy applies to an HJ 633 edition, not '" + id + "'");
			}
			replaced.put(china.id(), new ChinaAqi(china.rules().withMissingDataPolicy(missing)));
		});
		return day -> {
			AqiStandard standard = forDay(day);
			return replaced.getOrDefault(standard.id(), standard);
		};
	}

}
