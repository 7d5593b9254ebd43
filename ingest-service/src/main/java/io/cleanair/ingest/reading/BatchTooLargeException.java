package io.cleanair.ingest.reading;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** More readings (or bytes) in one request than {@code aq.ingest.max-batch-size} allows: 413, nothing taken. */
class BatchTooLargeException extends ErrorResponseException {

	BatchTooLargeException(int readings, int limit) {
		this("the batch has " + readings + " readings; at most " + limit + " are accepted in one request");
	}

	BatchTooLargeException(String detail) {
		super(HttpStatus.CONTENT_TOO_LARGE, problem(detail), null);
	}

	private static ProblemDetail problem(String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, detail + "; split it");
		problem.setType(URI.create("https://aq.example/problems/batch-too-large"));
		problem.setTitle("Batch too large");
		return problem;
	}
}
