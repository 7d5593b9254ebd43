package io.cleanair.analytics.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

import io.cleanair.core.pollutant.Pollutant;

/** Parses query parameters into domain values; anything unusable is a {@link BadParameterException} naming it. */
public final class Params {

	private Params() {
	}

	public static String required(String name, String value) {
		if (value == null || value.isBlank()) {
			throw new BadParameterException(name, "is required");
		}
		return value;
	}

	/** A required value that {@code parse} understands; {@code expected} says what it may be. */
	public static <T> T oneOf(String name, String value, Function<String, Optional<T>> parse, String expected) {
		return parse.apply(required(name, value))
			.orElseThrow(() -> new BadParameterException(name, "must be " + expected + ", was '" + value + "'"));
	}

	public static Pollutant pollutant(String value) {
		try {
			return Pollutant.parse(required("pollutant", value));
		}
		catch (IllegalArgumentException e) {
			throw new BadParameterException("pollutant", "must be one of " + Arrays.toString(Pollutant.values())
					+ ", was '" + value + "'");
		}
	}

	public static LocalDate date(String name, String value) {
		try {
			return LocalDate.parse(required(name, value));
		}
		catch (DateTimeParseException e) {
			throw new BadParameterException(name, "must be a date like 2026-11-28, was '" + value + "'");
		}
	}

	public static int integer(String name, String value, int min, int max) {
		try {
			int n = Integer.parseInt(required(name, value).trim());
			if (n < min || n > max) {
				throw new BadParameterException(name, "must be " + min + ".." + max + ", was " + n);
			}
			return n;
		}
		catch (NumberFormatException e) {
			throw new BadParameterException(name, "must be a whole number, was '" + value + "'");
		}
	}

	public static int integer(String name, String value, int min, int max, int fallback) {
		return value == null ? fallback : integer(name, value, min, max);
	}

	/** [from, to] with from ≤ to and at most {@code maxDays} days. */
	public static void range(LocalDate from, LocalDate to, long maxDays, String forWhat) {
		if (from.isAfter(to)) {
			throw new BadParameterException("from", "must not be after 'to' (" + from + " > " + to + ")");
		}
		if (ChronoUnit.DAYS.between(from, to) + 1 > maxDays) {
			throw new BadParameterException("to", "gives a range longer than " + maxDays + " days" + forWhat);
		}
	}
}
