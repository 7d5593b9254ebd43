package io.cleanair.analytics.web;

import io.cleanair.problems.ApiProblem;
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

	public String parameter() {
		return parameter;
	}

}
