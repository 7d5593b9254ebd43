package io.cleanair.security;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A key as presented (unauthenticated), or the principal it stands for (authenticated).
 */
public final class ApiKeyAuthentication extends AbstractAuthenticationToken {

	private final transient ApiPrincipal principal;

	private final String key;

	private ApiKeyAuthentication(String key) {
		super(List.of());
		this.key = key;
		this.principal = null;
	}

	private ApiKeyAuthentication(ApiPrincipal principal) {
		super(principal.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList());
		this.key = null;
		this.principal = principal;
		setAuthenticated(true);
	}

	static ApiKeyAuthentication presented(String key) {
		return new ApiKeyAuthentication(key);
	}

	static ApiKeyAuthentication of(ApiPrincipal principal) {
		return new ApiKeyAuthentication(principal);
	}

	/**
	 * The secret as presented; null once authenticated, so it never lingers in the
	 * security context.
	 */
	@Override
	public String getCredentials() {
		return key;
	}

	@Override
	public Object getPrincipal() {
		return principal;
	}

	@Override
	public String getName() {
		return principal == null ? "" : principal.owner();
	}

}
