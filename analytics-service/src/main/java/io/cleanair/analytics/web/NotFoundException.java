package io.cleanair.analytics.web;

import io.cleanair.problems.ApiProblem;
import io.cleanair.problems.ProblemType;

/** The resource named in the path does not exist; answered 404. */
public class NotFoundException extends ApiProblem {

	public NotFoundException(String detail) {
		super(ProblemType.NOT_FOUND, detail);
	}

}
