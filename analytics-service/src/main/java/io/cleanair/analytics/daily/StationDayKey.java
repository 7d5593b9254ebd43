package io.cleanair.analytics.daily;

import java.time.LocalDate;

/** A station's calendar day in the bureau's zone. */
public record StationDayKey(String stationId, LocalDate day) {
}
