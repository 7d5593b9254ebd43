/**
 * Good-day targets of a district-year: {@link io.cleanair.core.target.GoodDayTarget}
 * (rate or count) and {@link io.cleanair.core.target.TargetProgress} (good days so far,
 * non-good days still allowed, rate needed over the remaining days, ON_TRACK / AT_RISK /
 * MISSED / ACHIEVED). A rate becomes a count by assuming every day of the year has a
 * valid AQI.
 */
package io.cleanair.core.target;
