package io.cleanair.analytics.district;

/** A district's good-day target for a year was set (a Spring application event). */
public record TargetSet(String districtId, int year) {
}
