package io.cleanair.core.assessment;

import java.util.List;

/**
 * Day counts by daily AQI (HJ 633 Appendix A); days without a valid AQI count only as
 * invalid.
 */
record DayCounts(int valid, int invalid, int good, int excellent, int heavy, int severe) {

	static DayCounts of(List<DayAssessment> days) {
		int valid = 0;
		int good = 0;
		int excellent = 0;
		int heavy = 0;
		int severe = 0;
		for (DayAssessment day : days) {
			if (!day.hasValidAqi()) {
				continue;
			}
			int aqi = day.result().aqi();
			valid++;
			good += aqi <= DayCategoryThresholds.GOOD_MAX ? 1 : 0;
			excellent += aqi <= DayCategoryThresholds.EXCELLENT_MAX ? 1 : 0;
			heavy += aqi > DayCategoryThresholds.HEAVY_ABOVE ? 1 : 0;
			severe += aqi > DayCategoryThresholds.SEVERE_ABOVE ? 1 : 0;
		}
		return new DayCounts(valid, days.size() - valid, good, excellent, heavy, severe);
	}
}
