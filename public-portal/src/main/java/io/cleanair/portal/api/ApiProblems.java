package io.cleanair.portal.api;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** RFC 9457 problems with a stable type per failure (the same types as the other services'). */
@RestControllerAdvice
class ApiProblems {

	static final URI BAD_PARAMETER = URI.create("https://cleanair.io/problems/bad-parameter");

	static final URI NOT_FOUND = URI.create("https://cleanair.io/problems/not-found");

	@ExceptionHandler(BadParameterException.class)
	ProblemDetail badParameter(BadParameterException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
		problem.setType(BAD_PARAMETER);
		problem.setTitle("Bad parameter");
		problem.setProperty("parameter", e.parameter());
		return problem;
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
		problem.setType(NOT_FOUND);
		problem.setTitle("Not found");
		return problem;
	}
}
