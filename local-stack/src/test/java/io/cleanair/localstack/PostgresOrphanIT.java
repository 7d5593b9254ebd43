package io.cleanair.localstack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The stack's PostgreSQL after the process that started it is killed with
 * {@code kill -9}: it dies with that process (its watchdog), and one left behind anyway
 * is stopped by the next start, which then runs on the same port with the same data. Real
 * child processes, really killed.
 */
class PostgresOrphanIT {

	Path dataDir;

	int port;

	@BeforeEach
	void directoryAndPort() throws IOException {
		dataDir = Files.createTempDirectory("postgres-orphan-it");
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
	}

	@AfterEach
	void cleanUp() throws IOException {
		Postmaster.of(dataDir.resolve("postgres"))
			.ifPresent(p -> ProcessHandle.of(p.pid()).ifPresent(ProcessHandle::destroyForcibly));
		TestStacks.delete(dataDir);
	}

	@Test
	void thePostgresOfAKilledProcessDiesWithIt() throws Exception {
		Process child = child(true);
		long postgres = Postmaster.of(dataDir.resolve("postgres")).orElseThrow().pid();
		child.destroyForcibly().waitFor();
		await().atMost(Duration.ofSeconds(30)).until(() -> !alive(postgres));
	}

	@Test
	void aPostgresLeftBehindIsStoppedByTheNextStartWhichFindsTheData() throws Exception {
		Process child = child(false);
		long orphan = Postmaster.of(dataDir.resolve("postgres")).orElseThrow().pid();
		child.destroyForcibly().waitFor();
		assertThat(alive(orphan)).as("without its watchdog the server outlives its process").isTrue();

		try (PostgresServer next = PostgresServer.start(dataDir.resolve("postgres"), port)) {
			assertThat(alive(orphan)).isFalse();
			assertThat(Postmaster.of(dataDir.resolve("postgres")).orElseThrow().pid()).isNotEqualTo(orphan);
			try (Connection c = DriverManager.getConnection(next.jdbcUrl(), "postgres", "postgres");
					Statement st = c.createStatement();
					ResultSet rs = st.executeQuery("SELECT value FROM kept")) {
				assertThat(rs.next()).isTrue();
				assertThat(rs.getInt(1)).isEqualTo(42);
			}
		}
		assertThat(Postmaster.of(dataDir.resolve("postgres"))).as("a clean stop leaves nothing running").isEmpty();
	}

	private Process child(boolean watchdog) throws IOException {
		String java = ProcessHandle.current().info().command().orElse("java");
		Process child = new ProcessBuilder(
				List.of(java, "-cp", System.getProperty("java.class.path"), PostgresChild.class.getName(),
						dataDir.resolve("postgres").toString(), Integer.toString(port), Boolean.toString(watchdog)))
			.redirectErrorStream(true)
			.start();
		BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
		StringBuilder seen = new StringBuilder();
		for (String line = out.readLine(); line != null; line = out.readLine()) {
			if (line.contains(PostgresChild.READY)) {
				// keep draining, so the child never blocks on a full pipe
				Thread drain = new Thread(() -> out.lines().forEach(l -> {
				}), "postgres-child-output");
				drain.setDaemon(true);
				drain.start();
				return child;
			}
			seen.append(line).append('\n');
		}
		throw new IllegalStateException("the child ended before PostgreSQL was ready:\n" + seen);
	}

	private static boolean alive(long pid) {
		return Postmaster.running(pid);
	}

}
