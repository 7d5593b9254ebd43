package io.cleanair.problems;

import java.net.URI;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.codec.DecodingException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.MissingRequestValueException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsatisfiedRequestParameterException;
import reactor.core.publisher.Mono;

/**
 * Answers every failure of a controller as a problem from the catalogue:
 * {@link ApiProblem}s with their own type, and the framework's errors (binding,
 * validation, unknown method, media types, a {@code ResponseStatusException}) with the
 * type their status stands for, so that no answer carries {@code about:blank}. It
 * replaces Spring Boot's own problem-details handler.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemHandler extends ResponseEntityExceptionHandler {

	private static final URI BLANK = URI.create("about:blank");

	@ExceptionHandler(ApiProblem.class)
	ResponseEntity<ProblemDetail> apiProblem(ApiProblem e) {
		return ResponseEntity.status(e.type().status()).body(e.toProblemDetail());
	}

	@Override
	protected Mono<ResponseEntity<Object>> handleWebExchangeBindException(WebExchangeBindException e,
			HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
		ProblemDetail problem = e.getBody();
		e.getFieldErrors()
			.stream()
			.map(f -> "'" + f.getField() + "' " + f.getDefaultMessage())
			.reduce((a, b) -> a + "; " + b)
			.ifPresent(problem::setDetail);
		if (!e.getFieldErrors().isEmpty()) {
			problem.setProperty("parameter", e.getFieldErrors().get(0).getField());
		}
		return handleExceptionInternal(e, problem, headers, status, exchange);
	}

	/**
	 * A constraint on a path variable or request parameter ({@link Identifier}, a range):
	 * names the first parameter at fault and what is wrong with it.
	 */
	@Override
	protected Mono<ResponseEntity<Object>> handleHandlerMethodValidationException(HandlerMethodValidationException e,
			HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
		ProblemDetail problem = e.getBody();
		e.getParameterValidationResults().stream().findFirst().ifPresent(result -> {
			String name = result.getMethodParameter().getParameterName();
			String message = result.getResolvableErrors().isEmpty() ? "is not valid"
					: result.getResolvableErrors().get(0).getDefaultMessage();
			// a body or query record: the field at fault, not the method's parameter
			if (result instanceof ParameterErrors errors && errors.getFieldError() != null) {
				name = errors.getFieldError().getField();
				message = errors.getFieldError().getDefaultMessage();
			}
			if (name != null) {
				problem.setDetail("'" + name + "' " + message);
				problem.setProperty("parameter", name);
			}
		});
		return handleExceptionInternal(e, problem, headers, status, exchange);
	}

	@Override
	protected Mono<ResponseEntity<Object>> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
			HttpStatusCode status, ServerWebExchange exchange) {
		return super.handleExceptionInternal(e, body, headers, status, exchange).map(entity -> {
			if (entity.getBody() instanceof ProblemDetail problem
					&& (problem.getType() == null || BLANK.equals(problem.getType()))) {
				ProblemType type = typeOf(e, entity.getStatusCode());
				problem.setType(type.uri());
				problem.setTitle(type.title());
				if (type == ProblemType.BAD_PARAMETER && e instanceof ServerWebInputException input
						&& input.getMethodParameter() != null && input.getMethodParameter().getParameterName() != null
						&& problem.getProperties() == null) {
					problem.setProperty("parameter", input.getMethodParameter().getParameterName());
				}
			}
			return entity;
		});
	}

	/**
	 * The catalogue's type for a framework error: a parameter, an unreadable body, or
	 * what the status says.
	 */
	static ProblemType typeOf(Exception e, HttpStatusCode status) {
		if (e instanceof WebExchangeBindException || e instanceof HandlerMethodValidationException
				|| e instanceof MissingRequestValueException || e instanceof UnsatisfiedRequestParameterException) {
			return ProblemType.BAD_PARAMETER;
		}
		if (e instanceof ServerWebInputException) {
			return e.getCause() instanceof DecodingException ? ProblemType.BAD_REQUEST : ProblemType.BAD_PARAMETER;
		}
		return ProblemType.forStatus(status.value());
	}

}
