package io.cleanair.core.validity;

import io.cleanair.core.aqi.AqiResult;

/**
 * When a daily AQI counts as valid for assessment (good-day counts and rates, spec §2.7).
 * <p>
 * Decision (⚠?): valid when the rule set published an AQI and either every indicator of the daily
 * report was present, or the AQI of those present is already above 100. This is HJ 633-2026 §5.3
 * exactly; for HJ 633-2012 (missing indicators NA) it means an incomplete day counts only when it
 * is certainly not a good day — missing indicators could only raise the AQI.
 */
public final class DailyAqiValidity {

    /** HJ 633-2026 §5.3: an incomplete AQI above this is still published. */
    public static final int INCOMPLETE_AQI_PUBLISHED_ABOVE = 100;

    private DailyAqiValidity() {
    }

    /** HJ 633-2026 §5.3 (applied to 2012 too, ⚠?): complete, or incomplete with AQI &gt; 100. */
    public static boolean isValidDailyAqi(AqiResult result) {
        return result.aqi() != null
                && (result.complete() || result.aqi() > INCOMPLETE_AQI_PUBLISHED_ABOVE);
    }
}
