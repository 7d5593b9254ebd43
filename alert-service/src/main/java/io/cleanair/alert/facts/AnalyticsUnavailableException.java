package io.cleanair.alert.facts;

import io.cleanair.problems.ApiProblem;
import io.cleanair.problems.ProblemType;

/**
 * analytics-service could not be reached or refused: the problem
 * {@code analytics-unavailable} (502).
 */
public class AnalyticsUnavailableException extends ApiProblem {

	private static final long serialVersionUID = 1L;

	public AnalyticsUnavailableException(String detail, Throwable cause) {
		super(ProblemType.ANALYTICS_UNAVAILABLE, detail, cause);
	}

}
