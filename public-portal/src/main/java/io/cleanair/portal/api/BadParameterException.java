package io.cleanair.portal.api;

/** A query parameter that cannot be used; answered as a 400 problem naming it. */
public class BadParameterException extends RuntimeException {

	private final String parameter;

	public BadParameterException(String parameter, String detail) {
		super("'" + parameter + "' " + detail);
		this.parameter = parameter;
	}

	public String parameter() {
		return parameter;
	}
}
