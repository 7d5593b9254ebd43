package io.cleanair.security;

import org.springframework.security.config.web.server.ServerHttpSecurity;

/**
 * A service's own authorisation rules, e.g.
 * {@code exchanges.pathMatchers(HttpMethod.PUT, "/api/v1/stations/**").hasRole(ApiPrincipal.ADMIN)}.
 * Health and Prometheus are always open; whatever no rule names needs a valid key.
 */
@FunctionalInterface
public interface ApiAuthorizationRules {

	void authorize(ServerHttpSecurity.AuthorizeExchangeSpec exchanges);

}
