package io.cleanair.alert.web;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * RFC 9457 problem details of briefings, the ladder and the ledger
 * ({@code https://cleanair.io/problems/<type>}).
 */
public final class Problems {

	public static final String BASE = "https://cleanair.io/problems/";

	private Problems() {
	}

	/** {@code bad-parameter} (400): a parameter or body field the request got wrong. */
	public static ErrorResponseException badRequest(String parameter, String detail) {
		ErrorResponseException e = of(HttpStatus.BAD_REQUEST, "bad-parameter", "Bad parameter", detail);
		e.getBody().setProperty("parameter", parameter);
		return e;
	}

	public static ErrorResponseException of(HttpStatus status, String type, String title, String detail) {
		ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
		p.setType(URI.create(BASE + type));
		p.setTitle(title);
		return new ErrorResponseException(status, p, null);
	}

}
