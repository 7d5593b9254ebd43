package io.cleanair.bench.stack;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Load goes to this machine only: every target must name a loopback address. */
public final class Loopback {

	private Loopback() {
	}

	public static URI require(String option, String url) {
		URI uri = URI.create(url);
		requireHost(option, uri.getHost());
		return uri;
	}

	/** {@code jdbc:postgresql://host:port/db} */
	public static String requireJdbc(String url) {
		if (!url.startsWith("jdbc:postgresql://")) {
			throw new IllegalArgumentException("--jdbc-url: only jdbc:postgresql:// URLs are supported");
		}
		requireHost("--jdbc-url", URI.create(url.substring("jdbc:".length())).getHost());
		return url;
	}

	private static void requireHost(String option, String host) {
		try {
			if (host == null || !InetAddress.getByName(host).isLoopbackAddress()) {
				throw new IllegalArgumentException(
						option + ": the benchmark only targets loopback addresses, not " + host);
			}
		}
		catch (UnknownHostException e) {
			throw new IllegalArgumentException(option + ": unknown host " + host);
		}
	}

	/**
	 * The admin key: given, else {@code AQ_ADMIN_KEY}, else the local stack's
	 * {@code <data-dir>/admin.key}.
	 */
	public static String adminKey(String given, Path dataDir) throws java.io.IOException {
		if (given != null && !given.isBlank()) {
			return given.trim();
		}
		String env = System.getenv("AQ_ADMIN_KEY");
		if (env != null && !env.isBlank()) {
			return env.trim();
		}
		Path file = dataDir.resolve("admin.key");
		if (!Files.exists(file)) {
			throw new IllegalArgumentException(
					"no admin key: give --admin-key, set AQ_ADMIN_KEY, or point --data-dir at"
							+ " the local stack's data directory (" + file + " does not exist)");
		}
		return Files.readString(file).trim();
	}

}
