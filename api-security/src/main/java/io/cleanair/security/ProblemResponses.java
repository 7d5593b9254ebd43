package io.cleanair.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.cleanair.problems.ProblemType;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * 401 and 403 as RFC 9457 problem details, with stable types; a key that cannot be
 * checked (the key store is down) is a 503 with {@code Retry-After}; a request the
 * firewall refuses (an encoded {@code /}, {@code %00}, a path not normalised) a 400
 * {@code request-rejected}.
 */
public final class ProblemResponses
		implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler, ServerExchangeRejectedHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

	/**
	 * {@code type} of a 401: no key, a malformed header, or an unknown or revoked key.
	 */
	public static final String UNAUTHORIZED_TYPE = ProblemType.UNAUTHORIZED.uri().toString();

	/** {@code type} of a 403: a valid key that may not do this. */
	public static final String FORBIDDEN_TYPE = ProblemType.FORBIDDEN.uri().toString();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Duration retryAfter;

	public ProblemResponses() {
		this(Duration.ofSeconds(5));
	}

	public ProblemResponses(Duration retryAfter) {
		this.retryAfter = retryAfter;
	}

	@Override
	public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException e) {
		if (e instanceof AuthenticationServiceException) {
			log.warn("API key lookup failed: {}", e.getMessage());
			exchange.getResponse()
				.getHeaders()
				.set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfter.toSeconds())));
			ProblemType type = ProblemType.DATABASE_UNAVAILABLE;
			return write(exchange, type.status(), type.uri().toString(), type.title(),
					"The API key cannot be checked now: the key store does not answer. Retry later.");
		}
		exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"aq\"");
		String detail = exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION) ? e.getMessage()
				: "An API key is required: send 'Authorization: Bearer <key>'.";
		return write(exchange, HttpStatus.UNAUTHORIZED, UNAUTHORIZED_TYPE, "Unauthorized", detail);
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException e) {
		return write(exchange, HttpStatus.FORBIDDEN, FORBIDDEN_TYPE, "Forbidden", "This API key may not "
				+ exchange.getRequest().getMethod() + " " + exchange.getRequest().getPath().value() + ".");
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException e) {
		ProblemType type = ProblemType.REQUEST_REJECTED;
		return write(exchange, type.status(), type.uri().toString(), type.title(),
				"The request was rejected: " + e.getMessage() + ".");
	}

	private static Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String type, String title,
			String detail) {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", type);
		problem.put("title", title);
		problem.put("status", status.value());
		problem.put("detail", detail);
		problem.put("instance", exchange.getRequest().getPath().value());
		ServerHttpResponse response = exchange.getResponse();
		response.setStatusCode(status);
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		DataBuffer body = response.bufferFactory()
			.wrap(JSON.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8));
		return response.writeWith(Mono.just(body));
	}

}
