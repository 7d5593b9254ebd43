package io.cleanair.portal.api;

public class NotFoundException extends RuntimeException {

	public NotFoundException(String detail) {
		super(detail);
	}
}
