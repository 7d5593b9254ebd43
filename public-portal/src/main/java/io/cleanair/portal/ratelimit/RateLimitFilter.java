package io.cleanair.portal.ratelimit;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;

import io.cleanair.problems.ProblemType;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The page and the open API answer each client address at most
 * {@code aq.portal.rate-limit} requests per period; beyond that a 429 problem with
 * {@code Retry-After}. Health and metrics are not limited.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RateLimitFilter implements WebFilter {

	static final URI RATE_LIMITED = ProblemType.RATE_LIMITED.uri();

	private final ClientRateLimiter limiter;

	RateLimitFilter(ClientRateLimiter limiter) {
		this.limiter = limiter;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String path = exchange.getRequest().getPath().value();
		if (path.startsWith("/actuator")) {
			return chain.filter(exchange);
		}
		OptionalLong retryAfter = limiter.retryAfterSeconds(client(exchange));
		if (retryAfter.isEmpty()) {
			return chain.filter(exchange);
		}
		ServerHttpResponse response = exchange.getResponse();
		response.setStatusCode(HttpStatus.TOO_MANY_REQUESTS);
		response.getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter.getAsLong()));
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		response.getHeaders().setAccessControlAllowOrigin("*");
		response.getHeaders().setAccessControlExposeHeaders(java.util.List.of(HttpHeaders.RETRY_AFTER));
		String body = "{\"type\":\"" + RATE_LIMITED + "\",\"title\":\"" + ProblemType.RATE_LIMITED.title()
				+ "\",\"status\":429," + "\"detail\":\"this address made too many requests; try again in "
				+ retryAfter.getAsLong() + " s\",\"retryAfterSeconds\":" + retryAfter.getAsLong() + "}";
		return response.writeWith(Mono.just(response.bufferFactory().wrap(body.getBytes(StandardCharsets.UTF_8))));
	}

	private static String client(ServerWebExchange exchange) {
		InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
		return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
	}

}
