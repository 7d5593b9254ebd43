package io.cleanair.security;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * {@code aq.security.*}.
 *
 * @param adminKey the admin credential; when blank, the environment variable
 * {@code AQ_ADMIN_KEY}, else the key kept in {@code dataDir/admin.key} (generated on
 * first start)
 * @param dataDir where a generated admin key is kept (default {@code ~/.cleanair})
 * @param lookupTimeout how long a key lookup may take before the request is a 503
 * (default 3 s; the services' connection pools give up after 2 s)
 * @param retryAfter the {@code Retry-After} of that 503 (default 5 s)
 */
@ConfigurationProperties("aq.security")
public record ApiSecurityProperties(String adminKey, Path dataDir, Duration lookupTimeout, Duration retryAfter) {

	public ApiSecurityProperties(String adminKey, Path dataDir) {
		this(adminKey, dataDir, null, null);
	}

	@ConstructorBinding
	public ApiSecurityProperties {
		if (lookupTimeout == null) {
			lookupTimeout = Duration.ofSeconds(3);
		}
		if (retryAfter == null) {
			retryAfter = Duration.ofSeconds(5);
		}
		if (dataDir == null) {
			dataDir = Path.of(System.getProperty("user.home"), ".cleanair");
		}
	}
}
