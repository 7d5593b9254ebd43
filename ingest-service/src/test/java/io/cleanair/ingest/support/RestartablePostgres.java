package io.cleanair.ingest.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL of a test's own (embedded binaries) that can be stopped and started again
 * at the same port on the same data directory, so that a service sees an outage and then
 * the same database again.
 */
public final class RestartablePostgres implements AutoCloseable {

	private final Path dataDirectory;

	private final int port;

	private EmbeddedPostgres postgres;

	private RestartablePostgres(Path dataDirectory, int port) {
		this.dataDirectory = dataDirectory;
		this.port = port;
	}

	public static RestartablePostgres start() {
		try {
			RestartablePostgres server = new RestartablePostgres(Files.createTempDirectory("restartable-postgres"),
					freePort());
			server.startAgain();
			return server;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + port + "/postgres";
	}

	public synchronized void startAgain() {
		try {
			postgres = EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(false)
				.setPort(port)
				.setPGStartupWait(Duration.ofSeconds(60))
				.start();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public synchronized void stop() {
		if (postgres != null) {
			try {
				postgres.close();
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			postgres = null;
		}
	}

	/**
	 * Runs SQL as the superuser, as another instance or an operator would change data.
	 */
	public void execute(String sql) {
		try (Connection c = DriverManager.getConnection(jdbcUrl(), "postgres", "postgres");
				Statement st = c.createStatement()) {
			st.execute(sql);
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	@Override
	public void close() {
		stop();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
