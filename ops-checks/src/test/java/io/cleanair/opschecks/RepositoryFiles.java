package io.cleanair.opschecks;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The repository's own files, found from the module directory the build runs the tests
 * in.
 */
final class RepositoryFiles {

	private RepositoryFiles() {
	}

	static Path root() {
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
			dir = dir.getParent();
		}
		if (dir == null) {
			throw new IllegalStateException("No repository root above " + Path.of("").toAbsolutePath());
		}
		return dir;
	}

	static Path resolve(String relative) {
		return root().resolve(relative);
	}

}
