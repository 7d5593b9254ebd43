package io.cleanair.ingest.key;

import io.cleanair.security.ApiAuthorizationRules;
import io.cleanair.security.ApiPrincipal;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * The registry and keys are the admin's; readings need any valid key (the station check
 * is per reading).
 */
@Configuration(proxyBeanMethods = false)
class IngestSecurity {

	@Bean
	ApiAuthorizationRules ingestRules() {
		return exchanges -> exchanges
			.pathMatchers("/v3/api-docs/**", "/v3/api-docs", "/swagger-ui.html", "/swagger-ui/**", "/webjars/**")
			.permitAll()
			.pathMatchers("/api/v1/stations", "/api/v1/stations/**", "/api/v1/providers/**", "/api/v1/keys/**")
			.hasRole(ApiPrincipal.ADMIN)
			.pathMatchers(HttpMethod.POST, "/api/v1/readings")
			.authenticated();
	}

}
