package io.cleanair.localstack;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import org.springframework.test.web.reactive.server.WebTestClient;

/** Local stacks for tests: every port free, the data in a directory of the test's own. */
final class TestStacks {

	private TestStacks() {
	}

	/**
	 * A seeding stack on free ports, keeping its data in {@code dataDir}; not started.
	 */
	static LocalStack onFreePorts(Path dataDir) throws IOException {
		LocalStack stack = new LocalStack();
		stack.dataDir = dataDir;
		stack.jdbcUser = "postgres";
		stack.jdbcPassword = "postgres";
		stack.postgresPort = freePort();
		stack.kafkaPort = freePort();
		stack.kafkaControllerPort = freePort();
		stack.smtpPort = freePort();
		stack.smsPort = freePort();
		stack.ingestPort = freePort();
		stack.analyticsPort = freePort();
		stack.alertPort = freePort();
		stack.portalPort = freePort();
		stack.seed = true;
		return stack;
	}

	/**
	 * The stack's admin key: {@code AQ_ADMIN_KEY}, else the one it generated into its
	 * data directory.
	 */
	static String adminKey(Path dataDir) throws IOException {
		String fromEnvironment = System.getenv("AQ_ADMIN_KEY");
		return fromEnvironment != null && !fromEnvironment.isBlank() ? fromEnvironment.trim()
				: Files.readString(dataDir.resolve("admin.key")).trim();
	}

	/** A client of one of the stack's services, sending the admin key. */
	static WebTestClient asAdmin(int port, String adminKey) {
		return WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port)
			.defaultHeader("Authorization", "Bearer " + adminKey)
			.responseTimeout(Duration.ofSeconds(30))
			.build();
	}

	static void delete(Path dataDir) throws IOException {
		try (Stream<Path> files = Files.walk(dataDir)) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
