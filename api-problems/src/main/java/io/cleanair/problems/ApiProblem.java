package io.cleanair.problems;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.ProblemDetail;

/**
 * A failure with its type from the catalogue: thrown by a controller or a use case,
 * answered by {@link ProblemHandler} as an RFC 9457 problem.
 */
public class ApiProblem extends RuntimeException {

	private final ProblemType type;

	private final Map<String, Object> properties = new LinkedHashMap<>();

	public ApiProblem(ProblemType type, String detail) {
		super(detail);
		this.type = type;
	}

	public ApiProblem(ProblemType type, String detail, Throwable cause) {
		super(detail, cause);
		this.type = type;
	}

	public static ApiProblem notFound(String detail) {
		return new ApiProblem(ProblemType.NOT_FOUND, detail);
	}

	public static ApiProblem forbidden(String detail) {
		return new ApiProblem(ProblemType.FORBIDDEN, detail);
	}

	public static ApiProblem conflict(String detail) {
		return new ApiProblem(ProblemType.CONFLICT, detail);
	}

	/** A missing or unusable parameter; the problem names it in {@code parameter}. */
	public static ApiProblem badParameter(String parameter, String detail) {
		return new ApiProblem(ProblemType.BAD_PARAMETER, detail).with("parameter", parameter);
	}

	/** An extension member of the problem (RFC 9457 §3.2). */
	public ApiProblem with(String name, Object value) {
		properties.put(name, value);
		return this;
	}

	public ProblemType type() {
		return type;
	}

	public ProblemDetail toProblemDetail() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), getMessage());
		problem.setType(type.uri());
		problem.setTitle(type.title());
		properties.forEach(problem::setProperty);
		return problem;
	}

}
