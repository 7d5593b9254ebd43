package io.cleanair.core.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A district's good-day target for a year as set in analytics, published on the compacted
 * topic {@code aq.district-targets.v1} (key = district id:year). Exactly one of
 * {@code goodDayRate} (percent) and {@code goodDayCount} is set.
 *
 * @param districtName the district's registered name, or null when it has none
 */
public record DistrictTargetChanged(UUID eventId, int schemaVersion, String districtId, String districtName, int year,
		BigDecimal goodDayRate, Integer goodDayCount, Instant changedAt) {

	public static final int SCHEMA_VERSION = 1;

}
