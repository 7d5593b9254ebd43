package io.cleanair.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.AuthenticationWebFilter;
import org.springframework.security.web.server.authentication.ServerAuthenticationEntryPointFailureHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.util.matcher.NegatedServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

/**
 * API-key security for a WebFlux service. On when the service declares an
 * {@link ApiKeyLookup} bean (plus, usually, {@link ApiAuthorizationRules}); otherwise
 * every request stays open, as it was before the module was on the class path, so
 * services that share a class path but do not opt in are unaffected.
 */
@AutoConfiguration(beforeName = {
		"org.springframework.boot.security.autoconfigure.web.reactive.ReactiveWebSecurityAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.ReactiveUserDetailsServiceAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.actuate.web.reactive.ReactiveManagementWebSecurityAutoConfiguration" })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@EnableConfigurationProperties(ApiSecurityProperties.class)
@EnableWebFluxSecurity
public class ApiSecurityAutoConfiguration {

	/** Always open, whatever the service's rules say. */
	static final String[] OPEN_PATHS = { "/actuator/health", "/actuator/health/**", "/actuator/prometheus" };

	private static final Logger log = LoggerFactory.getLogger(ApiSecurityAutoConfiguration.class);

	/**
	 * What the firewall of Spring Security's filter chain refuses is a problem, not an
	 * empty 400.
	 */
	@Bean
	@ConditionalOnMissingBean
	ServerExchangeRejectedHandler problemExchangeRejectedHandler() {
		return new ProblemResponses();
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBean(ApiKeyLookup.class)
	static class KeyedConfiguration {

		@Bean
		@ConditionalOnMissingBean
		AdminKey adminKey(ApiSecurityProperties properties, Environment environment) {
			return AdminKey.resolve(properties.adminKey(), environment.getProperty("AQ_ADMIN_KEY"),
					properties.dataDir());
		}

		@Bean
		ReactiveAuthenticationManager apiKeyAuthenticationManager(AdminKey adminKey, ApiKeyLookup lookup,
				ApiSecurityProperties properties) {
			return new ApiKeyAuthenticationManager(adminKey, lookup, properties.lookupTimeout());
		}

		@Bean
		SecurityWebFilterChain apiKeySecurity(ServerHttpSecurity http, ReactiveAuthenticationManager manager,
				ObjectProvider<ApiAuthorizationRules> rules, ApiSecurityProperties properties) {
			ProblemResponses problems = new ProblemResponses(properties.retryAfter());
			AuthenticationWebFilter bearer = new AuthenticationWebFilter(manager);
			bearer.setServerAuthenticationConverter(new BearerKeyConverter());
			ServerAuthenticationEntryPointFailureHandler failures = new ServerAuthenticationEntryPointFailureHandler(
					problems);
			// a key store that does not answer is ProblemResponses' 503, not an error to
			// rethrow (a 500)
			failures.setRethrowAuthenticationServiceException(false);
			bearer.setAuthenticationFailureHandler(failures);
			bearer.setSecurityContextRepository(NoOpServerSecurityContextRepository.getInstance());
			// a scraper's stray Authorization header must not turn an open path into a
			// 401
			bearer.setRequiresAuthenticationMatcher(
					new NegatedServerWebExchangeMatcher(ServerWebExchangeMatchers.pathMatchers(OPEN_PATHS)));
			return stateless(http).addFilterAt(bearer, SecurityWebFiltersOrder.AUTHENTICATION)
				.exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
				.authorizeExchange(exchanges -> {
					exchanges.pathMatchers(OPEN_PATHS).permitAll();
					rules.orderedStream().forEach(r -> r.authorize(exchanges));
					exchanges.anyExchange().authenticated();
				})
				.build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnMissingBean(ApiKeyLookup.class)
	static class OpenConfiguration {

		/**
		 * Keeps Boot's generated-password user away; nothing authenticates in an open
		 * service.
		 */
		@Bean
		ReactiveAuthenticationManager noAuthentication() {
			return authentication -> reactor.core.publisher.Mono.empty();
		}

		@Bean
		SecurityWebFilterChain openSecurity(ServerHttpSecurity http) {
			log.info("API-key security is off: this application declares no ApiKeyLookup");
			return stateless(http).authorizeExchange(exchanges -> exchanges.anyExchange().permitAll()).build();
		}

	}

	private static ServerHttpSecurity stateless(ServerHttpSecurity http) {
		return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.requestCache(cache -> cache.requestCache(
					org.springframework.security.web.server.savedrequest.NoOpServerRequestCache.getInstance()))
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance());
	}

}
