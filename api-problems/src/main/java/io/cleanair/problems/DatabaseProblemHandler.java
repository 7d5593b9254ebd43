package io.cleanair.problems;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A database that does not answer (no connection within the pool's timeout, a query
 * timeout) is a 503 {@link ProblemType#DATABASE_UNAVAILABLE} with {@code Retry-After},
 * not a 500: the request may succeed later, unchanged. On in every service with JDBC.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 1)
public class DatabaseProblemHandler {

	private static final Logger log = LoggerFactory.getLogger(DatabaseProblemHandler.class);

	private final Duration retryAfter;

	public DatabaseProblemHandler(Duration retryAfter) {
		this.retryAfter = retryAfter;
	}

	@ExceptionHandler({ DataAccessResourceFailureException.class, TransientDataAccessException.class,
			QueryTimeoutException.class, CannotCreateTransactionException.class })
	ResponseEntity<ProblemDetail> databaseUnavailable(RuntimeException e) {
		log.warn("Database unavailable: {}", e.getMessage());
		return answer(retryAfter);
	}

	static ResponseEntity<ProblemDetail> answer(Duration retryAfter) {
		ProblemDetail problem = new ApiProblem(ProblemType.DATABASE_UNAVAILABLE,
				"The service's database does not answer; nothing was changed. Retry later.")
			.toProblemDetail();
		return ResponseEntity.status(ProblemType.DATABASE_UNAVAILABLE.status())
			.header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfter.toSeconds())))
			.body(problem);
	}

}
