package io.cleanair.core.assessment;

import io.cleanair.core.aqi.AqiStandard;
import io.cleanair.core.aqi.AqiStandards;
import java.time.LocalDate;

/**
 * Which AQI rule set assesses a given day. The default is the rule set in force that day, so a period
 * straddling 2026-03-01 is assessed day by day (HJ 633-2012 before, HJ 633-2026 from that day).
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

    /** By id: "hj633" picks by day; any other id (hj633-2012, hj633-2026, epa-…) is fixed. */
    static RuleSetPolicy byId(String id) {
        return "hj633".equals(id) ? inForceOnTheDay() : always(AqiStandards.byId(id));
    }
}
