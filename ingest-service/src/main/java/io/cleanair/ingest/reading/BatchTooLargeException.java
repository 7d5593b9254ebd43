package io.cleanair.ingest.reading;

import io.cleanair.problems.ProblemType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * More readings (or bytes) in one request than {@code aq.ingest.max-batch-size} allows:
 * 413, nothing taken.
 */
class BatchTooLargeException extends ErrorResponseException {

	BatchTooLargeException(int readings, int limit) {
		this("the batch has " + readings + " readings; at most " + limit + " are accepted in one request");
	}

	BatchTooLargeException(String detail) {
		super(HttpStatus.CONTENT_TOO_LARGE, problem(detail), null);
	}

	private static ProblemDetail problem(String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, detail + "; split it");
		problem.setType(ProblemType.BATCH_TOO_LARGE.uri());
		problem.setTitle(ProblemType.BATCH_TOO_LARGE.title());
		return problem;
	}

}
