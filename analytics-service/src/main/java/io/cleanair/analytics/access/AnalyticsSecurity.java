package io.cleanair.analytics.access;

import java.util.Set;

import io.cleanair.security.ApiAuthorizationRules;
import io.cleanair.security.ApiKeyLookup;
import io.cleanair.security.ApiPrincipal;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The shared API-key scheme ({@code api-security}): the admin credential
 * ({@code AQ_ADMIN_KEY}) manages districts, targets and analyst keys and alone reads
 * {@code /api/v1/admin/**}; analysts' keys read. Anything that changes state needs the
 * admin.
 */
@Configuration(proxyBeanMethods = false)
class AnalyticsSecurity {

	/** The role of an analyst's read-only key. */
	static final String ANALYST = "ANALYST";

	@Bean
	ApiKeyLookup analystKeys(AnalystKeyRepository keys) {
		return hash -> Mono.fromCallable(() -> keys.findActiveByHash(hash))
			.subscribeOn(Schedulers.boundedElastic())
			.flatMap(Mono::justOrEmpty)
			.map(k -> new ApiPrincipal(k.keyId(), k.owner(), Set.of(ANALYST), Set.of()));
	}

	@Bean
	ApiAuthorizationRules analyticsRules() {
		return exchanges -> exchanges
			.pathMatchers("/api/v1/analyst-keys", "/api/v1/analyst-keys/**", "/api/v1/admin/**")
			.hasRole(ApiPrincipal.ADMIN)
			.pathMatchers(HttpMethod.GET, "/api/v1/**")
			.hasAnyRole(ANALYST, ApiPrincipal.ADMIN)
			.pathMatchers("/api/v1/**")
			.hasRole(ApiPrincipal.ADMIN);
	}

}
