package io.cleanair.portal.api;

import io.cleanair.problems.ApiProblem;
import io.cleanair.problems.ProblemType;

/** A query parameter that cannot be used; answered as a 400 problem naming it. */
public class BadParameterException extends ApiProblem {

	private final String parameter;

	public BadParameterException(String parameter, String detail) {
		super(ProblemType.BAD_PARAMETER, "'" + parameter + "' " + detail);
		this.parameter = parameter;
		with("parameter", parameter);
	}

	public String parameter() {
		return parameter;
	}

}
