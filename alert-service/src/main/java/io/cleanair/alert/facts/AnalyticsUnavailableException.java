package io.cleanair.alert.facts;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** analytics-service could not be reached or refused: a problem detail {@code analytics-unavailable} (502). */
public class AnalyticsUnavailableException extends ErrorResponseException {

	private static final long serialVersionUID = 1L;

	public static final URI TYPE = URI.create("https://cleanair.io/problems/analytics-unavailable");

	public AnalyticsUnavailableException(String detail, Throwable cause) {
		super(HttpStatus.BAD_GATEWAY, problem(detail), cause);
	}

	private static ProblemDetail problem(String detail) {
		ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY, detail);
		p.setType(TYPE);
		p.setTitle("Analytics unavailable");
		return p;
	}
}
