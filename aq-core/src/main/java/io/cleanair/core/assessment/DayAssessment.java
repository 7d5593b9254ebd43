package io.cleanair.core.assessment;

import io.cleanair.core.aqi.AqiResult;
import java.time.LocalDate;
import java.util.OptionalInt;

/**
 * The daily AQI of one station or district.
 * <p>
 * A day has a valid AQI when the rule set publishes one ({@code result.aqi() != null}): under
 * HJ 633-2012 that needs every daily indicator valid (missing ones are NA); under HJ 633-2026 §5.3 an
 * AQI from the indicators present counts when it is above 100, otherwise it is NA. Days without a
 * valid AQI are left out of good-day counts and rates and reported as invalid.
 */
public record DayAssessment(LocalDate day, DailyConcentrations concentrations, AqiResult result) {

    public boolean hasValidAqi() {
        return result.aqi() != null;
    }

    public OptionalInt aqi() {
        return hasValidAqi() ? OptionalInt.of(result.aqi()) : OptionalInt.empty();
    }

    /** 优良天: valid daily AQI ≤ 100 (HJ 633 Appendix A). */
    public boolean isGoodDay() {
        return hasValidAqi() && result.aqi() <= DayCategoryThresholds.GOOD_MAX;
    }
}
