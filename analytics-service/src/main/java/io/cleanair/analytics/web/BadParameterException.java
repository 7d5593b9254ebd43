package io.cleanair.analytics.web;

import io.cleanair.problems.ApiProblem;
import io.cleanair.problems.Identifiers;
import io.cleanair.problems.ProblemType;

/**
 * A query or path parameter that cannot be used; answered 400 with a problem naming the
 * parameter.
 */
public class BadParameterException extends ApiProblem {

	private final String parameter;

	public BadParameterException(String parameter, String detail) {
		super(ProblemType.BAD_PARAMETER, "parameter '" + parameter + "' " + detail);
		this.parameter = parameter;
		with("parameter", parameter);
	}

	/**
	 * The value, when it follows the identifier rule ({@link Identifiers}); else this
	 * problem.
	 */
	public static String requireIdentifier(String parameter, String value) {
		if (!Identifiers.isIdentifier(value)) {
			throw new BadParameterException(parameter, "must be an identifier: " + Identifiers.RULE);
		}
		return value;
	}

	public String parameter() {
		return parameter;
	}

}
