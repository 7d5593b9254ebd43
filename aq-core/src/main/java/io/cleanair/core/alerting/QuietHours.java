package io.cleanair.core.alerting;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * A daily window, in the official's zone, during which non-critical alerts are held. The
 * window may cross midnight ({@code 22:00–07:00}); {@code start == end} is rejected as
 * ambiguous.
 */
public record QuietHours(LocalTime start, LocalTime end, ZoneId zone) {

	public QuietHours {
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
		Objects.requireNonNull(zone, "zone");
		if (start.equals(end)) {
			throw new IllegalArgumentException("quiet hours must not start and end at the same time");
		}
	}

	public boolean contains(Instant instant) {
		LocalTime t = instant.atZone(zone).toLocalTime();
		if (start.isBefore(end)) {
			return !t.isBefore(start) && t.isBefore(end);
		}
		return !t.isBefore(start) || t.isBefore(end);
	}

	/**
	 * When a notification due at {@code instant} may be delivered: the end of the quiet
	 * hours it falls in, or {@code instant} itself when it falls in none.
	 */
	public Instant deliverableFrom(Instant instant) {
		if (!contains(instant)) {
			return instant;
		}
		ZonedDateTime at = instant.atZone(zone);
		ZonedDateTime endToday = at.toLocalDate().atTime(end).atZone(zone);
		return (endToday.isAfter(at) ? endToday : endToday.plusDays(1)).toInstant();
	}
}
