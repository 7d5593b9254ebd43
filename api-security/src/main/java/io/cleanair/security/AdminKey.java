package io.cleanair.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin credential, kept only as its hash. Taken from configuration or
 * {@code AQ_ADMIN_KEY}; when neither is set, generated once into
 * {@code <data-dir>/admin.key} and printed on that first start only.
 */
public final class AdminKey {

	private static final Logger log = LoggerFactory.getLogger(AdminKey.class);

	static final String FILE_NAME = "admin.key";

	private final String hash;

	private AdminKey(String key) {
		this.hash = ApiKeys.sha256Hex(key);
	}

	boolean matchesHash(String sha256Hex) {
		return ApiKeys.sameHash(hash, sha256Hex);
	}

	/**
	 * @param configured {@code aq.security.admin-key}, may be blank
	 * @param environment {@code AQ_ADMIN_KEY}, may be blank
	 */
	public static AdminKey resolve(String configured, String environment, Path dataDir) {
		if (hasText(configured)) {
			return new AdminKey(configured.trim());
		}
		if (hasText(environment)) {
			return new AdminKey(environment.trim());
		}
		return new AdminKey(readOrGenerate(dataDir.resolve(FILE_NAME)));
	}

	/**
	 * The key in {@code file}, written there first (readable by the owner only) when
	 * there is none.
	 */
	public static String readOrGenerate(Path file) {
		try {
			if (Files.exists(file)) {
				String key = Files.readString(file, StandardCharsets.UTF_8).trim();
				log.info("Admin key read from {}", file.toAbsolutePath());
				return key;
			}
			Files.createDirectories(file.toAbsolutePath().getParent());
			String key = ApiKeys.generate();
			write(file, key);
			log.warn("""

					Generated the admin key (shown this once; kept in {}):
					    {}
					Use it as: Authorization: Bearer <key>
					""", file.toAbsolutePath(), key);
			return key;
		}
		catch (FileAlreadyExistsException e) {
			return readOrGenerate(file); // another service on this machine wrote it first
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot keep the admin key in " + file.toAbsolutePath(), e);
		}
	}

	private static void write(Path file, String key) throws IOException {
		Files.writeString(file, key + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
				StandardOpenOption.WRITE);
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException e) {
			// not a POSIX file system: the directory's own protection applies
		}
	}

	private static boolean hasText(String s) {
		return s != null && !s.isBlank();
	}

}
