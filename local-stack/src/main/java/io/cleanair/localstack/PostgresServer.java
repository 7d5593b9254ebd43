package io.cleanair.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL from embedded binaries whose data directory is kept between runs, so
 * the next start finds the same data. It is durable like a production server — the
 * embedded binaries' defaults turn {@code fsync} and {@code synchronous_commit} off,
 * which is fine for a throw-away test database and not for data that must survive a crash
 * — with a little more memory and fewer checkpoints than PostgreSQL's defaults, for a
 * machine that takes a stream of readings, and autovacuum looking every 10 s instead of
 * every minute, so that the statistics of young, fast-growing tables keep up.
 */
final class PostgresServer implements AutoCloseable {

	private final EmbeddedPostgres postgres;

	private final Optional<Process> watchdog;

	private PostgresServer(EmbeddedPostgres postgres, Optional<Process> watchdog) {
		this.postgres = postgres;
		this.watchdog = watchdog;
	}

	/**
	 * Starts the server on the directory, after stopping one a killed earlier run left
	 * behind on it.
	 */
	static PostgresServer start(Path dataDirectory, int port) throws IOException {
		return start(dataDirectory, port, true);
	}

	/**
	 * @param dieWithThisProcess whether a watchdog stops the server when this JVM dies
	 * (the stack's case; off only to leave an orphan behind on purpose)
	 */
	static PostgresServer start(Path dataDirectory, int port, boolean dieWithThisProcess) throws IOException {
		Files.createDirectories(dataDirectory);
		Optional<Postmaster> orphan = Postmaster.orphanOf(dataDirectory);
		if (orphan.isPresent()) {
			orphan.get().stopImmediately();
		}
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(dataDirectory)
			.setCleanDataDirectory(false)
			.setPort(port)
			.setPGStartupWait(Duration.ofSeconds(60))
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on")
			.setServerConfig("shared_buffers", "512MB")
			.setServerConfig("max_wal_size", "4GB")
			.setServerConfig("checkpoint_timeout", "15min")
			.setServerConfig("autovacuum_naptime", "10s")
			.setRegisterShutdownHook(false)
			.start();
		return new PostgresServer(postgres,
				dieWithThisProcess ? Postmaster.of(dataDirectory).flatMap(Postmaster::watch) : Optional.empty());
	}

	/**
	 * A login role that owns a schema of the same name and is granted nothing else (the
	 * portal's: it reads no other service's tables). Idempotent.
	 */
	void ensureOwnRole(String role, String password) throws java.sql.SQLException {
		try (java.sql.Connection c = postgres.getPostgresDatabase().getConnection();
				java.sql.Statement st = c.createStatement()) {
			try (java.sql.ResultSet rs = st.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + role + "'")) {
				if (!rs.next()) {
					st.execute("CREATE ROLE " + role + " LOGIN PASSWORD '" + password + "'");
				}
			}
			st.execute("CREATE SCHEMA IF NOT EXISTS " + role + " AUTHORIZATION " + role);
		}
	}

	String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
	}

	@Override
	public void close() throws IOException {
		try {
			postgres.close();
		}
		finally {
			watchdog.ifPresent(Process::destroy);
		}
	}

}
