package io.cleanair.analytics.daily;

import java.util.Set;

/**
 * District days of these years were stored new or changed (a Spring application event,
 * published inside the transaction that stored them).
 */
public record DistrictDaysChanged(Set<Integer> years) {
}
