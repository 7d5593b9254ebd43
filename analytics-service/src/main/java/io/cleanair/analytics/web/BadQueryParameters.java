package io.cleanair.analytics.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import io.cleanair.core.pollutant.Pollutant;
import io.cleanair.problems.ProblemHandler;
import io.cleanair.problems.QueryProblems;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A query record's first bad parameter as a {@link BadParameterException}: "parameter
 * 'from' must be a date like 2026-11-28, was '2026-13-01'".
 */
@RestControllerAdvice
class BadQueryParameters extends QueryProblems {

	BadQueryParameters(ProblemHandler problems) {
		super(problems, BadParameterException::new);
	}

	@Override
	protected String unconvertible(Class<?> type, String value) {
		if (type == OffsetDateTime.class) {
			return "must be ISO-8601 with an offset, e.g. 2026-11-28T00:00:00+08:00";
		}
		return "must be " + expected(type) + ", was '" + value + "'";
	}

	private static String expected(Class<?> type) {
		if (type == LocalDate.class) {
			return "a date like 2026-11-28";
		}
		if (type == Integer.class || type == int.class) {
			return "a whole number";
		}
		if (type == Pollutant.class) {
			return "one of " + Arrays.toString(Pollutant.values());
		}
		if (type.isEnum()) {
			List<String> words = Arrays.stream(type.getEnumConstants())
				.map(c -> QueryBinding.word((Enum<?>) c))
				.toList();
			return words.size() == 1 ? words.get(0)
					: String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
		}
		return "a " + type.getSimpleName();
	}

}
