package io.cleanair.security;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code aq.security.*}.
 *
 * @param adminKey the admin credential; when blank, the environment variable
 * {@code AQ_ADMIN_KEY}, else the key kept in {@code dataDir/admin.key} (generated on
 * first start)
 * @param dataDir where a generated admin key is kept (default {@code ~/.cleanair})
 */
@ConfigurationProperties("aq.security")
public record ApiSecurityProperties(String adminKey, Path dataDir) {

	public ApiSecurityProperties {
		if (dataDir == null) {
			dataDir = Path.of(System.getProperty("user.home"), ".cleanair");
		}
	}
}
