package io.cleanair.core.validity;

import io.cleanair.core.aqi.AqiResult;
import io.cleanair.core.aqi.MissingDataPolicy;

/**
 * When a daily AQI counts as valid for assessment (good-day counts and rates): when the
 * rule set of the day published one. Which incomplete days publish an AQI is the rule
 * set's day-validity policy ({@link MissingDataPolicy}): HJ 633-2012 computes the AQI
 * from the indicators present and marks the missing ones NA, so its incomplete days
 * count; HJ 633-2026 §5.3 publishes an incomplete AQI only above 100. See
 * docs/assessment.md.
 */
public final class DailyAqiValidity {

	private DailyAqiValidity() {
	}

	/**
	 * Valid exactly when the day's rule set, under its missing-data policy, published an
	 * AQI.
	 */
	public static boolean isValidDailyAqi(AqiResult result) {
		return result.aqi() != null;
	}

	/**
	 * Why the day has no valid AQI (the rule set's NA reason), or null when it has one.
	 */
	public static String invalidReason(AqiResult result) {
		if (isValidDailyAqi(result)) {
			return null;
		}
		return result.naReason() != null ? result.naReason() : "no valid daily indicator";
	}

}
