package io.cleanair.security;

import java.util.Set;

/**
 * Who a valid API key speaks for.
 *
 * @param keyId the key's public id (never the secret), for audit and last-used
 * bookkeeping
 * @param owner the station, provider or user the key was issued to
 * @param roles plain role names (e.g. {@value #ADMIN}); granted as {@code ROLE_<name>}
 * authorities
 * @param scopes what the key may act on, in the service's own terms (ingest: the station
 * ids it may post for)
 */
public record ApiPrincipal(String keyId, String owner, Set<String> roles, Set<String> scopes) {

	/** The role of the admin credential. */
	public static final String ADMIN = "ADMIN";

	public ApiPrincipal {
		roles = Set.copyOf(roles);
		scopes = Set.copyOf(scopes);
	}

	static ApiPrincipal admin() {
		return new ApiPrincipal("admin", "admin", Set.of(ADMIN), Set.of());
	}

	public boolean isAdmin() {
		return roles.contains(ADMIN);
	}

	/** Whether the key covers {@code scope}; the admin covers everything. */
	public boolean covers(String scope) {
		return isAdmin() || scopes.contains(scope);
	}

	/**
	 * Not a {@code java.security.Principal} on purpose: WebFlux would then bind the whole
	 * Authentication to a parameter of this type; use
	 * {@code @AuthenticationPrincipal ApiPrincipal} or {@link #current()}.
	 */
	public static reactor.core.publisher.Mono<ApiPrincipal> current() {
		return org.springframework.security.core.context.ReactiveSecurityContextHolder.getContext()
			.mapNotNull(context -> context.getAuthentication() == null ? null
					: context.getAuthentication().getPrincipal() instanceof ApiPrincipal p ? p : null);
	}
}
