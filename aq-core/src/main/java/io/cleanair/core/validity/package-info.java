/**
 * Minimum-data rules (GB 3095 Table 4, HJ 663-2013) and daily statistics from hourly
 * values.
 * <p>
 * Decisions where the standards are silent (a default): the O3 daily maximum 1-hour value
 * needs 20 hours unless its maximum already exceeds 200 µg/m³; a daily AQI is valid when
 * complete, or when incomplete but above 100
 * ({@link io.cleanair.core.validity.DailyAqiValidity}).
 */
package io.cleanair.core.validity;
