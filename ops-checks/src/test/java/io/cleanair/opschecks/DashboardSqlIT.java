package io.cleanair.opschecks;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every SQL query of every dashboard — panels and template variables — runs against a
 * database migrated by the services' own Flyway migrations and holding a little sample
 * data, as Grafana's read-only role, and returns rows with the columns its panel reads.
 */
class DashboardSqlIT {

	static MigratedDatabase database;

	@BeforeAll
	static void migrate() throws Exception {
		database = MigratedDatabase.create("ingest-service", "analytics-service", "alert-service");
		database.load("dashboard-sample-data.sql");
	}

	@Test
	void everyPanelQueryRunsAndReturnsTheColumnsItsPanelReads() throws SQLException {
		List<String> problems = new ArrayList<>();
		int checked = 0;
		for (Path file : GrafanaDashboards.files()) {
			JsonNode dashboard = GrafanaDashboards.read(file);
			for (JsonNode panel : GrafanaDashboards.panels(dashboard)) {
				for (JsonNode target : panel.path("targets")) {
					if (!uid(panel, target).equals("aq-postgres")) {
						continue;
					}
					checked++;
					String where = file.getFileName() + " / " + panel.path("title").asString() + " / "
							+ target.path("refId").asString();
					String sql = GrafanaSql.expand(target.path("rawSql").asString(), dashboard);
					try {
						problems.addAll(missing(where, panel, target, run(sql)));
					}
					catch (SQLException e) {
						problems.add(where + ": " + e.getMessage() + "\n    " + sql.replace("\n", "\n    "));
					}
				}
			}
		}
		assertThat(checked).as("SQL queries found").isPositive();
		if (!problems.isEmpty()) {
			fail(problems.size() + " of " + checked + " queries fail:\n" + String.join("\n", problems));
		}
	}

	@Test
	void everyTemplateVariableQueryRuns() throws SQLException {
		List<String> problems = new ArrayList<>();
		for (Path file : GrafanaDashboards.files()) {
			JsonNode dashboard = GrafanaDashboards.read(file);
			for (JsonNode variable : dashboard.path("templating").path("list")) {
				if (!variable.path("type").asString().equals("query")
						|| !variable.path("datasource").path("uid").asString().equals("aq-postgres")) {
					continue;
				}
				JsonNode query = variable.path("query");
				String sql = GrafanaSql.expand(query.isObject() ? query.path("rawSql").asString() : query.asString(),
						dashboard);
				try {
					assertThat(run(sql).columns()).as("%s: $%s", file.getFileName(), variable.path("name").asString())
						.isNotEmpty();
				}
				catch (SQLException e) {
					problems.add(file.getFileName() + " $" + variable.path("name").asString() + ": " + e.getMessage());
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	private static String uid(JsonNode panel, JsonNode target) {
		return target.path("datasource").path("uid").asString(panel.path("datasource").path("uid").asString(""));
	}

	/** The column labels of a result, and which of them are numeric. */
	record Columns(Set<String> columns, Set<String> numeric, int rows) {
	}

	/**
	 * Runs the query in a read-only transaction that is rolled back, reading every row.
	 */
	private static Columns run(String sql) throws SQLException {
		try (Connection connection = database.asGrafana()) {
			connection.setAutoCommit(false);
			connection.setReadOnly(true);
			try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
				ResultSetMetaData meta = rows.getMetaData();
				Set<String> columns = new LinkedHashSet<>();
				Set<String> numeric = new LinkedHashSet<>();
				for (int i = 1; i <= meta.getColumnCount(); i++) {
					columns.add(meta.getColumnLabel(i));
					if (isNumeric(meta.getColumnType(i))) {
						numeric.add(meta.getColumnLabel(i));
					}
				}
				int count = 0;
				while (rows.next()) {
					count++; // every row is read, so that errors raised while rows are
								// produced surface
				}
				return new Columns(columns, numeric, count);
			}
			finally {
				connection.rollback();
			}
		}
	}

	private static boolean isNumeric(int type) {
		return switch (type) {
			case Types.INTEGER, Types.BIGINT, Types.SMALLINT, Types.NUMERIC, Types.DECIMAL, Types.DOUBLE, Types.REAL,
					Types.FLOAT ->
				true;
			default -> false;
		};
	}

	/**
	 * What the panel reads by name: the time column of a time series, fields its options
	 * and overrides name.
	 */
	private static List<String> missing(String where, JsonNode panel, JsonNode target, Columns result) {
		Set<String> columns = result.columns();
		List<String> problems = new ArrayList<>();
		if (result.rows() == 0) {
			problems.add(where + ": no rows from the sample data (dashboard-sample-data.sql)");
		}
		Set<String> needed = new LinkedHashSet<>(PanelFields.named(panel));
		if (target.path("format").asString("table").equals("time_series")) {
			needed.add("time");
			if (result.numeric().stream().noneMatch(c -> !c.equals("time"))) {
				problems.add(where + ": a time series needs a numeric column besides time, got " + columns);
			}
		}
		for (String field : needed) {
			if (!columns.contains(field)) {
				problems.add(where + ": the panel reads column '" + field + "', the query returns " + columns);
			}
		}
		return problems;
	}

}
