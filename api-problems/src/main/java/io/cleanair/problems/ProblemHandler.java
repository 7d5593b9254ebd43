package io.cleanair.problems;

import java.net.URI;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.codec.DecodingException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.server.ServerWebInputException;

/**
 * Answers every failure of a controller as a problem from the catalogue: {@link ApiProblem}s with their
 * own type, and the framework's errors (binding, validation, unknown method, media types) with the
 * type their status stands for, so that no answer carries {@code about:blank}. Runs after a service's
 * own handlers.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemHandler {

	private static final URI BLANK = URI.create("about:blank");

	@ExceptionHandler(ApiProblem.class)
	ResponseEntity<ProblemDetail> apiProblem(ApiProblem e) {
		return ResponseEntity.status(e.type().status()).body(e.toProblemDetail());
	}

	@ExceptionHandler(WebExchangeBindException.class)
	ResponseEntity<ProblemDetail> invalid(WebExchangeBindException e) {
		ProblemDetail problem = typed(e, ProblemType.BAD_PARAMETER);
		String detail = e.getFieldErrors()
			.stream()
			.map(f -> "'" + f.getField() + "' " + f.getDefaultMessage())
			.reduce((a, b) -> a + "; " + b)
			.orElse(problem.getDetail());
		problem.setDetail(detail);
		if (!e.getFieldErrors().isEmpty()) {
			problem.setProperty("parameter", e.getFieldErrors().get(0).getField());
		}
		return ResponseEntity.status(e.getStatusCode()).headers(e.getHeaders()).body(problem);
	}

	@ExceptionHandler(ServerWebInputException.class)
	ResponseEntity<ProblemDetail> input(ServerWebInputException e) {
		ProblemType type = e.getCause() instanceof DecodingException ? ProblemType.BAD_REQUEST : ProblemType.BAD_PARAMETER;
		ProblemDetail problem = typed(e, type);
		if (e.getMethodParameter() != null && e.getMethodParameter().getParameterName() != null
				&& type == ProblemType.BAD_PARAMETER) {
			problem.setProperty("parameter", e.getMethodParameter().getParameterName());
		}
		return ResponseEntity.status(e.getStatusCode()).headers(e.getHeaders()).body(problem);
	}

	@ExceptionHandler(ErrorResponseException.class)
	ResponseEntity<ProblemDetail> framework(ErrorResponseException e) {
		ProblemDetail problem = typed(e, ProblemType.forStatus(e.getStatusCode().value()));
		return ResponseEntity.status(e.getStatusCode()).headers(e.getHeaders()).body(problem);
	}

	/** The framework's problem, with the catalogue's type and title unless it already has a type of its own. */
	private static ProblemDetail typed(ErrorResponse e, ProblemType type) {
		ProblemDetail problem = e.getBody();
		if (problem.getType() == null || BLANK.equals(problem.getType())) {
			problem.setType(type.uri());
			problem.setTitle(type.title());
		}
		return problem;
	}
}
