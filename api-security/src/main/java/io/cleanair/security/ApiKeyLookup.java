package io.cleanair.security;

import reactor.core.publisher.Mono;

/**
 * The port a service implements to turn a key into a principal. Declaring a bean of this
 * type switches API-key security on for the application.
 */
@FunctionalInterface
public interface ApiKeyLookup {

	/**
	 * @param sha256Hex the SHA-256 of the presented key, lower-case hex
	 * ({@link ApiKeys#sha256Hex})
	 * @return the key's principal when the key is known and not revoked; empty otherwise
	 */
	Mono<ApiPrincipal> findByKeyHash(String sha256Hex);

	/** For a service whose only credential is the admin key: knows no other key. */
	static ApiKeyLookup adminOnly() {
		return sha256Hex -> Mono.empty();
	}

}
