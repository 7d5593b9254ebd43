package io.cleanair.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A real PostgreSQL server shared by the tests of one JVM. Each caller of
 * {@link #newDatabase(String)} gets a database of its own, so test classes never see each
 * other's rows.
 */
public record TestPostgres(String kind, String adminJdbcUrl, String username, String password) {

	/** Creates an empty database on the shared server and returns how to reach it. */
	public Database newDatabase(String owner) {
		String name = ("t_" + owner.replaceAll("[^A-Za-z0-9]", "_") + "_"
				+ UUID.randomUUID().toString().substring(0, 8))
			.toLowerCase(Locale.ROOT);
		if (name.length() > 60) {
			name = name.substring(name.length() - 60);
			name = "t" + name.substring(1);
		}
		try (Connection connection = DriverManager.getConnection(adminJdbcUrl, username, password);
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		}
		catch (SQLException e) {
			throw new IllegalStateException("Could not create test database " + name + " on " + adminJdbcUrl, e);
		}
		return new Database(replaceDatabase(adminJdbcUrl, name), username, password);
	}

	static String replaceDatabase(String jdbcUrl, String database) {
		int slash = jdbcUrl.indexOf('/', "jdbc:postgresql://".length());
		int query = jdbcUrl.indexOf('?');
		String tail = query < 0 ? "" : jdbcUrl.substring(query);
		return jdbcUrl.substring(0, slash + 1) + database + tail;
	}

	/** One test database. */
	public record Database(String jdbcUrl, String username, String password) {
	}
}
