package io.cleanair.security;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;
import reactor.core.publisher.Mono;

/**
 * Hashes the presented key and asks first the admin credential, then the service's
 * {@link ApiKeyLookup}.
 */
public final class ApiKeyAuthenticationManager implements ReactiveAuthenticationManager {

	private final AdminKey admin;

	private final ApiKeyLookup lookup;

	public ApiKeyAuthenticationManager(AdminKey admin, ApiKeyLookup lookup) {
		this.admin = admin;
		this.lookup = lookup;
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
			.<Authentication>map(ApiKeyAuthentication::of)
			.switchIfEmpty(Mono.error(() -> new BadCredentialsException("The API key is unknown or revoked.")));
	}

}
