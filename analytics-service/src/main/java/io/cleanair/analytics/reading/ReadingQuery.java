package io.cleanair.analytics.reading;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import io.cleanair.problems.CrossChecked;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * {@code GET /api/v1/stations/{id}/readings} parameters: [from, to), {@code to} now and
 * {@code from} a day before {@code to} by default; {@code from} before {@code to}, at
 * most {@link #MAX_RANGE} apart.
 */
@CrossChecked
record ReadingQuery(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to) implements CrossChecked.Query {

	static final Duration DEFAULT_RANGE = Duration.ofDays(1);

	static final Duration MAX_RANGE = Duration.ofDays(31);

	Instant end(Instant now) {
		return to == null ? now : to.toInstant();
	}

	Instant start(Instant end) {
		return from == null ? end.minus(DEFAULT_RANGE) : from.toInstant();
	}

	@Override
	public Optional<CrossChecked.Fault> fault() {
		Instant end = end(Instant.now());
		Instant start = start(end);
		if (!start.isBefore(end)) {
			return CrossChecked.Fault.of("from", "must be before 'to'");
		}
		if (Duration.between(start, end).compareTo(MAX_RANGE) > 0) {
			return CrossChecked.Fault.of("to", "gives a range longer than " + MAX_RANGE.toDays() + " days");
		}
		return Optional.empty();
	}
}
