package io.cleanair.portal.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;

import io.cleanair.problems.ProblemHandler;
import io.cleanair.problems.QueryProblems;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A query record's first bad parameter as a {@link BadParameterException}: "'size' must
 * be 1..500, was 501".
 */
@RestControllerAdvice
class BadQueryParameters extends QueryProblems {

	BadQueryParameters(ProblemHandler problems) {
		super(problems, BadParameterException::new);
	}

	@Override
	protected String unconvertible(Class<?> type, String value) {
		if (type == Integer.class || type == int.class) {
			return "must be a whole number, was '" + value + "'";
		}
		if (type == LocalDate.class) {
			return "must be a date, e.g. 2026-11-28";
		}
		if (type == OffsetDateTime.class) {
			return "must be an ISO-8601 time with an offset, e.g. 2026-11-28T08:00:00+08:00";
		}
		if (type == YearMonth.class) {
			return "must be a month, e.g. 2026-11";
		}
		return "must be a " + type.getSimpleName() + ", was '" + value + "'";
	}

}
