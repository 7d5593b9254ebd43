package io.cleanair.bench.stack;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The options every benchmark command takes: analytics' URL and the admin key. */
public final class StackOptions {

	@Option(names = "--analytics", defaultValue = "http://localhost:8082")
	String analytics;

	@Option(names = "--admin-key", description = "Default: AQ_ADMIN_KEY, else <data-dir>/admin.key.")
	String adminKey;

	@Option(names = "--data-dir", defaultValue = "${env:AQ_LOCAL_DATA:-.local-stack}",
			description = "The local stack's data directory, for its admin key (default: ${DEFAULT-VALUE}).")
	Path dataDir;

	/** analytics' base URL, on a loopback address. */
	public URI analytics() {
		return Loopback.require("--analytics", analytics);
	}

	/** The admin key ({@link Loopback#adminKey}). */
	public String adminKey() throws IOException {
		return Loopback.adminKey(adminKey, dataDir);
	}

}
