package io.cleanair.portal.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** Parsing of query parameters into values, or a {@link BadParameterException} naming the parameter. */
final class Params {

	private Params() {
	}

	static int integer(String name, String value, int fallback, int min, int max) {
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			int v = Integer.parseInt(value.trim());
			if (v < min || v > max) {
				throw new BadParameterException(name, "must be " + min + ".." + max + ", was " + v);
			}
			return v;
		}
		catch (NumberFormatException e) {
			throw new BadParameterException(name, "must be a whole number, was '" + value + "'");
		}
	}

	/** ISO-8601 with an offset ({@code 2026-11-28T08:00:00+08:00}) or in UTC ({@code …Z}). */
	static Instant instant(String name, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(value.trim()).toInstant();
		}
		catch (DateTimeParseException e) {
			throw new BadParameterException(name, "must be an ISO-8601 time with an offset, e.g. 2026-11-28T08:00:00+08:00");
		}
	}

	static LocalDate date(String name, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.trim());
		}
		catch (DateTimeParseException e) {
			throw new BadParameterException(name, "must be a date, e.g. 2026-11-28");
		}
	}

	static YearMonth month(String name, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return YearMonth.parse(value.trim());
		}
		catch (DateTimeParseException e) {
			throw new BadParameterException(name, "must be a month, e.g. 2026-11");
		}
	}
}
