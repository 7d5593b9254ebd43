package io.cleanair.localstack;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * A process of its own that starts the stack's PostgreSQL, writes a row, says
 * {@value #READY} and waits to be killed:
 * {@code <data dir> <port> <watchdog true|false>}.
 */
final class PostgresChild {

	static final String READY = "postgres-child-ready";

	private PostgresChild() {
	}

	public static void main(String[] args) throws Exception {
		PostgresServer server = PostgresServer.start(Path.of(args[0]), Integer.parseInt(args[1]),
				Boolean.parseBoolean(args[2]));
		try (Connection c = DriverManager.getConnection(server.jdbcUrl(), "postgres", "postgres");
				Statement st = c.createStatement()) {
			st.execute("CREATE TABLE IF NOT EXISTS kept (value int)");
			st.execute("INSERT INTO kept VALUES (42)");
		}
		System.out.println(READY);
		System.out.flush();
		// until killed
		System.in.read();
	}

}
