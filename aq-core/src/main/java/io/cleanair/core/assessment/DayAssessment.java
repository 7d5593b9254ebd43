package io.cleanair.core.assessment;

import io.cleanair.core.aqi.AqiResult;
import io.cleanair.core.validity.DailyAqiValidity;
import java.time.LocalDate;
import java.util.OptionalInt;

/**
 * The daily AQI of one station or district. Whether the day has a valid AQI is decided by
 * {@link DailyAqiValidity#isValidDailyAqi}: all daily indicators valid, or an incomplete AQI above 100.
 * Days without a valid AQI are left out of good-day counts and rates and reported as invalid.
 */
public record DayAssessment(LocalDate day, DailyConcentrations concentrations, AqiResult result) {

    public boolean hasValidAqi() {
        return DailyAqiValidity.isValidDailyAqi(result);
    }

    public OptionalInt aqi() {
        return hasValidAqi() ? OptionalInt.of(result.aqi()) : OptionalInt.empty();
    }

    /** 优良天: valid daily AQI ≤ 100 (HJ 633 Appendix A). */
    public boolean isGoodDay() {
        return hasValidAqi() && result.aqi() <= DayCategoryThresholds.GOOD_MAX;
    }
}
