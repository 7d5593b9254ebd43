package io.cleanair.opschecks;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import io.cleanair.testsupport.TestInfrastructure;
import io.cleanair.testsupport.TestPostgres;
import org.flywaydb.core.Flyway;

/**
 * A database set up as docker compose sets up TimescaleDB: the owner {@code aq} runs the
 * init script (the role Grafana uses, which reads the reporting schemas only), then each
 * service's own Flyway migrations as the service runs them (schemas and locations from
 * its {@code <service>.yml}). In a TimescaleDB run
 * ({@code -Daq.test.postgres=timescaledb}) the extension is created in its schema
 * {@code timescaledb}.
 */
record MigratedDatabase(String jdbcUrl, String adminUser, String adminPassword) {

	static final String OWNER = "aq";

	static final String READER = "grafana_reader";

	static final String READER_PASSWORD = "grafana";

	static MigratedDatabase create(String... services) throws Exception {
		TestPostgres server = TestInfrastructure.postgres();
		TestPostgres.Database database = server.newDatabase("ops_checks");
		String name = database.jdbcUrl().replaceAll(".*/([^/?]+)(\\?.*)?$", "$1");
		try (Connection admin = DriverManager.getConnection(database.jdbcUrl(), server.username(), server.password());
				Statement sql = admin.createStatement()) {
			// roles belong to the server, shared by every test database: create them once
			sql.execute(
					"""
							DO $$ BEGIN
							  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'aq') THEN CREATE ROLE aq LOGIN PASSWORD 'aq'; END IF;
							  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'grafana_reader')
							    THEN CREATE ROLE grafana_reader LOGIN PASSWORD 'grafana'; END IF;
							END $$""");
			sql.execute("ALTER DATABASE " + name + " OWNER TO aq");
			if (TestInfrastructure.wantsTimescale()) {
				// as in production, where the owner is a superuser; analytics finds it
				// there
				sql.execute("CREATE SCHEMA timescaledb AUTHORIZATION aq");
				sql.execute("CREATE EXTENSION timescaledb SCHEMA timescaledb");
			}
		}
		String url = withoutCredentials(database.jdbcUrl());
		try (Connection owner = DriverManager.getConnection(url, OWNER, "aq");
				Statement sql = owner.createStatement()) {
			sql.execute(Files.readString(RepositoryFiles.resolve("docker/timescaledb/10-grafana-reader.sql")));
		}
		for (String service : services) {
			migrate(url, ServiceConfig.of(service));
		}
		return new MigratedDatabase(url, server.username(), server.password());
	}

	/**
	 * The URL without a user and password of its own (the embedded server's has them),
	 * which would win over the role a connection names.
	 */
	static String withoutCredentials(String jdbcUrl) {
		int query = jdbcUrl.indexOf('?');
		if (query < 0) {
			return jdbcUrl;
		}
		String params = java.util.Arrays.stream(jdbcUrl.substring(query + 1).split("&"))
			.filter(p -> !p.startsWith("user=") && !p.startsWith("password="))
			.collect(java.util.stream.Collectors.joining("&"));
		return jdbcUrl.substring(0, query) + (params.isEmpty() ? "" : "?" + params);
	}

	private static void migrate(String jdbcUrl, ServiceConfig config) {
		Map<String, String> placeholders = new LinkedHashMap<>();
		config.properties().forEach((key, value) -> {
			if (key.startsWith("spring.flyway.placeholders.")) {
				placeholders.put(key.substring("spring.flyway.placeholders.".length()), String.valueOf(value));
			}
		});
		Flyway.configure()
			.dataSource(jdbcUrl, OWNER, "aq")
			.schemas(String.valueOf(config.properties().get("spring.flyway.schemas")).split(","))
			.defaultSchema(String.valueOf(config.properties().get("spring.flyway.default-schema")))
			.locations(String.valueOf(config.properties().get("spring.flyway.locations")).split(","))
			.placeholders(placeholders)
			.load()
			.migrate();
	}

	/** Connected as Grafana is: the read-only role. */
	Connection asGrafana() throws SQLException {
		return DriverManager.getConnection(jdbcUrl, READER, READER_PASSWORD);
	}
}
