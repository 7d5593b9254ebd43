package io.cleanair.portal.api;

import io.cleanair.problems.ApiProblem;
import io.cleanair.problems.ProblemType;

/** No such station or district; answered 404. */
public class NotFoundException extends ApiProblem {

	public NotFoundException(String detail) {
		super(ProblemType.NOT_FOUND, detail);
	}

}
