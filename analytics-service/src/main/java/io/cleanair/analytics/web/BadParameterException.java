package io.cleanair.analytics.web;

/** A query or path parameter that cannot be used; answered 400 with a problem naming the parameter. */
public class BadParameterException extends RuntimeException {

	private final String parameter;

	public BadParameterException(String parameter, String detail) {
		super("parameter '" + parameter + "' " + detail);
		this.parameter = parameter;
	}

	public String parameter() {
		return parameter;
	}
}
