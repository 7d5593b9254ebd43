package io.cleanair.security;

import java.time.Duration;

import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import reactor.core.publisher.Mono;

/**
 * Hashes the presented key and asks first the admin credential, then the service's
 * {@link ApiKeyLookup}. A lookup that fails or does not answer within
 * {@code lookupTimeout} (a database outage) is an {@link AuthenticationServiceException},
 * which {@link ProblemResponses} answers with a 503 and {@code Retry-After}, not a 500.
 */
public final class ApiKeyAuthenticationManager implements ReactiveAuthenticationManager {

	private final AdminKey admin;

	private final ApiKeyLookup lookup;

	private final Duration lookupTimeout;

	public ApiKeyAuthenticationManager(AdminKey admin, ApiKeyLookup lookup, Duration lookupTimeout) {
		this.admin = admin;
		this.lookup = lookup;
		this.lookupTimeout = lookupTimeout;
	}

	@Override
	public Mono<Authentication> authenticate(Authentication authentication) {
		String key = (String) authentication.getCredentials();
		if (key == null) {
			return Mono.error(new BadCredentialsException("No API key was presented."));
		}
		String hash = ApiKeys.sha256Hex(key);
		if (admin.matchesHash(hash)) {
			return Mono.just(ApiKeyAuthentication.of(ApiPrincipal.admin()));
		}
		return lookup.findByKeyHash(hash)
			.timeout(lookupTimeout)
			.onErrorMap(e -> !(e instanceof AuthenticationException),
					e -> new AuthenticationServiceException("The API key cannot be checked now: " + e.getMessage(), e))
			.<Authentication>map(ApiKeyAuthentication::of)
			.switchIfEmpty(Mono.error(() -> new BadCredentialsException("The API key is unknown or revoked.")));
	}

}
