package io.cleanair.security;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class AdminKeyTests {

	@TempDir
	Path dataDir;

	@Test
	void configuredKeyWinsOverEnvironmentAndFile() {
		AdminKey key = AdminKey.resolve("configured", "from-env", dataDir);
		assertThat(key.matchesHash(ApiKeys.sha256Hex("configured"))).isTrue();
		assertThat(dataDir.resolve(AdminKey.FILE_NAME)).doesNotExist();
	}

	@Test
	void environmentKeyIsUsedWhenNothingIsConfigured() {
		AdminKey key = AdminKey.resolve(" ", "from-env", dataDir);
		assertThat(key.matchesHash(ApiKeys.sha256Hex("from-env"))).isTrue();
	}

	@Test
	void generatedKeyIsKeptOwnerOnlyAndReusedOnTheNextStart() throws Exception {
		AdminKey.resolve(null, null, dataDir);
		Path file = dataDir.resolve(AdminKey.FILE_NAME);
		String kept = Files.readString(file).trim();
		assertThat(kept).startsWith("aq_").hasSizeGreaterThan(40);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(AdminKey.resolve(null, null, dataDir).matchesHash(ApiKeys.sha256Hex(kept))).isTrue();
	}

	@Test
	void keysAreUrlSafeAndDistinct() {
		String a = ApiKeys.generate();
		assertThat(a.substring(3)).matches("[A-Za-z0-9_-]{43}");
		assertThat(ApiKeys.generate()).isNotEqualTo(a);
		assertThat(ApiKeys.sha256Hex("abc"))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}

}
