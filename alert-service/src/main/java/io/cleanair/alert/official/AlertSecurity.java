package io.cleanair.alert.official;

import io.cleanair.security.ApiAuthorizationRules;
import io.cleanair.security.ApiPrincipal;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * The officials registry and its keys are the admin's; acknowledging takes an official's
 * own key (or the admin's, on an official's behalf); incidents and the audit trail need
 * any valid key.
 */
@Configuration(proxyBeanMethods = false)
class AlertSecurity {

	@Bean
	ApiAuthorizationRules alertRules() {
		return exchanges -> exchanges.pathMatchers("/api/v1/officials", "/api/v1/officials/**")
			.hasRole(ApiPrincipal.ADMIN)
			.pathMatchers(HttpMethod.POST, "/api/v1/incidents/*/ack")
			.hasAnyRole(OfficialKeys.OFFICIAL_ROLE, ApiPrincipal.ADMIN)
			.pathMatchers(HttpMethod.GET, "/api/v1/incidents", "/api/v1/incidents/**", "/api/v1/notifications")
			.authenticated();
	}

}
