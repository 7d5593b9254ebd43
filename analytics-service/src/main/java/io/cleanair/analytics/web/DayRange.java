package io.cleanair.analytics.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import io.cleanair.problems.CrossChecked;

/**
 * A query's inclusive dates {@code [from, to]}, with the most days it may cover:
 * {@code from} not after {@code to}, at most {@link #maxDays()} days. A record annotated
 * {@link CrossChecked} is checked so.
 */
public interface DayRange extends CrossChecked.Query {

	LocalDate from();

	LocalDate to();

	long maxDays();

	/** Said after "gives a range longer than n days", e.g. " for interval hour". */
	default String whyNoLonger() {
		return "";
	}

	@Override
	default Optional<CrossChecked.Fault> fault() {
		LocalDate from = from();
		LocalDate to = to();
		if (from == null || to == null) {
			return Optional.empty();
		}
		if (from.isAfter(to)) {
			return CrossChecked.Fault.of("from", "must not be after 'to' (" + from + " > " + to + ")");
		}
		if (ChronoUnit.DAYS.between(from, to) + 1 > maxDays()) {
			return CrossChecked.Fault.of("to", "gives a range longer than " + maxDays() + " days" + whyNoLonger());
		}
		return Optional.empty();
	}

}
