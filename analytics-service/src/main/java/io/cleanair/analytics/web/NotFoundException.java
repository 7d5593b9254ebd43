package io.cleanair.analytics.web;

/** The resource named in the path does not exist; answered 404. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String detail) {
		super(detail);
	}
}
