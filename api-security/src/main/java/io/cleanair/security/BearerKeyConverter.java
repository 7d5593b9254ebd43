package io.cleanair.security;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Reads {@code Authorization: Bearer <key>}; no header means anonymous, any other scheme
 * is a bad credential.
 */
public final class BearerKeyConverter implements ServerAuthenticationConverter {

	private static final String PREFIX = "bearer ";

	@Override
	public Mono<Authentication> convert(ServerWebExchange exchange) {
		String header = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
		if (header == null) {
			return Mono.empty();
		}
		if (header.length() <= PREFIX.length() || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
			return Mono.error(new BadCredentialsException("The Authorization header must be 'Bearer <key>'."));
		}
		String key = header.substring(PREFIX.length()).trim();
		if (key.isEmpty()) {
			return Mono.error(new BadCredentialsException("The Authorization header carries no key."));
		}
		return Mono.just(ApiKeyAuthentication.presented(key));
	}

}
