package io.cleanair.security;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** With no key configured, the first start writes one into the data directory. */
class GeneratedAdminKeyTests {

	@TempDir
	Path dataDir;

	@Test
	void aServiceWithoutAConfiguredKeyGeneratesOneIntoItsDataDirectory() {
		new ReactiveWebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(ApiSecurityAutoConfiguration.class))
			.withBean(ApiKeyLookup.class, ApiKeyLookup::adminOnly)
			.withPropertyValues("aq.security.data-dir=" + dataDir)
			.run(context -> {
				assertThat(context).hasNotFailed().hasSingleBean(AdminKey.class);
				assertThat(dataDir.resolve("admin.key")).exists();
			});
	}

	@Test
	void theDefaultDataDirectoryIsInTheUsersHome() {
		assertThat(new ApiSecurityProperties(null, null).dataDir())
			.isEqualTo(Path.of(System.getProperty("user.home"), ".cleanair"));
	}

}
