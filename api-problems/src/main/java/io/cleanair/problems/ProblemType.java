package io.cleanair.problems;

import java.net.URI;

import org.springframework.http.HttpStatus;

/**
 * Every kind of failure the services' HTTP APIs answer, each with a stable {@code type}
 * under {@link #BASE} (RFC 9457 §3.1.1). docs/errors.md lists them; a client may switch
 * on the type.
 */
public enum ProblemType {

	/**
	 * A query parameter, path variable or request field is missing or unusable;
	 * {@code parameter} names it.
	 */
	BAD_PARAMETER("bad-parameter", HttpStatus.BAD_REQUEST, "Bad parameter"),

	/**
	 * The request body could not be read (not JSON, wrong shape, an unsupported
	 * encoding).
	 */
	BAD_REQUEST("bad-request", HttpStatus.BAD_REQUEST, "Bad request"),

	/**
	 * No API key, a malformed {@code Authorization} header, or an unknown or revoked key.
	 */
	UNAUTHORIZED("unauthorized", HttpStatus.UNAUTHORIZED, "Unauthorized"),

	/** A valid key that may not do this. */
	FORBIDDEN("forbidden", HttpStatus.FORBIDDEN, "Forbidden"),

	/**
	 * The URL or a header holds what the service refuses before routing (an encoded
	 * {@code /}, {@code %00}, a path that is not normalised).
	 */
	REQUEST_REJECTED("request-rejected", HttpStatus.BAD_REQUEST, "Request rejected", false),

	/** No such resource (station, incident, official, district, day). */
	NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "Not found"),

	/** The path exists, the method does not. */
	METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),

	/** No representation the client accepts. */
	NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE, "Not acceptable"),

	/** The resource's state does not allow it (an incident already resolved). */
	CONFLICT("conflict", HttpStatus.CONFLICT, "Conflict"),

	/** More readings, or a larger body, than one batch may carry. */
	BATCH_TOO_LARGE("batch-too-large", HttpStatus.CONTENT_TOO_LARGE, "Batch too large"),

	/** The request line (the URI) is longer than the server reads. */
	URI_TOO_LONG("uri-too-long", HttpStatus.URI_TOO_LONG, "URI too long"),

	/** The request's headers are larger than the server reads. */
	HEADERS_TOO_LARGE("headers-too-large", HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "Request headers too large"),

	/** A body in a media type the endpoint does not read. */
	UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),

	/**
	 * Too many requests from this address; {@code Retry-After} says when to come back.
	 */
	RATE_LIMITED("rate-limited", HttpStatus.TOO_MANY_REQUESTS, "Too many requests"),

	/**
	 * The message broker did not acknowledge; nothing was accepted. {@code Retry-After}
	 * says when to retry.
	 */
	BROKER_UNAVAILABLE("broker-unavailable", HttpStatus.SERVICE_UNAVAILABLE, "Broker unavailable"),

	/**
	 * The service's database does not answer; nothing was changed. {@code Retry-After}
	 * says when to retry.
	 */
	DATABASE_UNAVAILABLE("database-unavailable", HttpStatus.SERVICE_UNAVAILABLE, "Database unavailable", false),

	/**
	 * alert-service could not get the figures of a briefing from analytics-service
	 * (unreachable, or it refused).
	 */
	ANALYTICS_UNAVAILABLE("analytics-unavailable", HttpStatus.BAD_GATEWAY, "Analytics unavailable", false),

	/**
	 * The CJK font PDF briefings embed is missing or unreadable; {@code font} names the
	 * path. HTML still works.
	 */
	BRIEFING_FONT_MISSING("briefing-font-missing", HttpStatus.SERVICE_UNAVAILABLE, "Briefing font missing", false),

	/** Anything else the service could not do; the detail says no more than is safe. */
	INTERNAL_ERROR("internal-error", HttpStatus.INTERNAL_SERVER_ERROR, "Internal error");

	/** Where every problem type lives. */
	public static final String BASE = "https://cleanair.io/problems/";

	private final String slug;

	private final HttpStatus status;

	private final String title;

	/**
	 * Whether a bare status of a framework's answer may stand for this type (only the
	 * general ones).
	 */
	private final boolean general;

	ProblemType(String slug, HttpStatus status, String title) {
		this(slug, status, title, true);
	}

	ProblemType(String slug, HttpStatus status, String title, boolean general) {
		this.slug = slug;
		this.status = status;
		this.title = title;
		this.general = general;
	}

	public URI uri() {
		return URI.create(BASE + slug);
	}

	public String slug() {
		return slug;
	}

	public HttpStatus status() {
		return status;
	}

	public String title() {
		return title;
	}

	/** The type a bare status stands for, when a framework answered without one. */
	public static ProblemType forStatus(int status) {
		for (ProblemType type : values()) {
			if (type.general && type.status.value() == status && type != BAD_REQUEST) {
				return type;
			}
		}
		return status >= 500 ? INTERNAL_ERROR : BAD_REQUEST;
	}

}
