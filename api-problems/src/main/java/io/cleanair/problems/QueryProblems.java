package io.cleanair.problems;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Answers a query record (request parameters bound to a record and checked with Bean
 * Validation) that does not bind or validate: a {@code bad-parameter} problem about the
 * first parameter at fault, in the order the record declares its components, worded by
 * the service. A service subclasses it as a {@code @RestControllerAdvice}, which comes
 * before {@link ProblemHandler}; request bodies, and anything that is not a record, are
 * left to {@link ProblemHandler}.
 */
public abstract class QueryProblems implements Ordered {

	private final ProblemHandler problems;

	private final BiFunction<String, String, ApiProblem> badParameter;

	/**
	 * @param badParameter the service's problem naming a parameter, given what is wrong
	 * with it
	 */
	protected QueryProblems(ProblemHandler problems, BiFunction<String, String, ApiProblem> badParameter) {
		this.problems = problems;
		this.badParameter = badParameter;
	}

	@ExceptionHandler(WebExchangeBindException.class)
	Mono<ResponseEntity<Object>> badQuery(WebExchangeBindException e, ServerWebExchange exchange) {
		MethodParameter parameter = e.getMethodParameter();
		if (parameter == null || !parameter.getParameterType().isRecord()
				|| parameter.hasParameterAnnotation(RequestBody.class) || e.getFieldErrors().isEmpty()) {
			return problems.handleException(e, exchange);
		}
		FieldError first = inDeclarationOrder(parameter.getParameterType(), e.getFieldErrors()).get(0);
		ApiProblem problem = badParameter.apply(first.getField(), whatIsWrong(first));
		return Mono.just(ResponseEntity.status(problem.type().status()).body(problem.toProblemDetail()));
	}

	/** Before {@link ProblemHandler} and any other advice. */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	/** What is wrong with {@code value}, which does not convert to {@code type}. */
	protected abstract String unconvertible(Class<?> type, String value);

	private String whatIsWrong(FieldError error) {
		if (error.contains(TypeMismatchException.class)) {
			TypeMismatchException mismatch = error.unwrap(TypeMismatchException.class);
			Class<?> type = mismatch.getRequiredType() != null ? mismatch.getRequiredType() : Object.class;
			return unconvertible(type, String.valueOf(error.getRejectedValue()));
		}
		return error.getDefaultMessage();
	}

	/**
	 * Field errors sorted by the record component they are about; a field's own errors
	 * keep their order.
	 */
	static List<FieldError> inDeclarationOrder(Class<?> record, List<FieldError> errors) {
		List<String> names = Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
		return errors.stream().sorted(Comparator.comparingInt(f -> {
			int i = names.indexOf(f.getField());
			return i < 0 ? names.size() : i;
		})).toList();
	}

}
