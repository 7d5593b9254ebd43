package io.cleanair.opschecks;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every SQL query of every dashboard — panels and template variables — runs against a
 * database migrated by the services' own Flyway migrations, holding what analytics and
 * alert computed from readings ({@link ServicesFromReadings}), as Grafana's role, and
 * returns rows with the columns its panel reads; that role reads the reporting schemas
 * and nothing else; and the rankings panel shows what {@code GET /api/v1/rankings}
 * answers. Runs on plain PostgreSQL and, in the TimescaleDB run, on TimescaleDB.
 */
class DashboardSqlIT {

	static MigratedDatabase database;

	static ServicesFromReadings services;

	@BeforeAll
	static void computeFromReadings() throws Exception {
		database = MigratedDatabase.create("ingest-service", "analytics-service", "alert-service");
		services = ServicesFromReadings.start(database);
	}

	@AfterAll
	static void stop() {
		if (services != null) {
			services.close();
		}
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

	@ParameterizedTest
	@ValueSource(strings = { "alert.official", "alert.official_key", "alert.notification", "alert.incident",
			"analytics.analyst_key", "analytics.reading", "analytics.daily_result", "ingest.api_key",
			"ingest.station" })
	void grafanaCannotReadAServiceTable(String table) throws SQLException {
		try (Connection grafana = database.asGrafana(); Statement sql = grafana.createStatement()) {
			assertThatExceptionOfType(SQLException.class).isThrownBy(() -> sql.executeQuery("SELECT * FROM " + table))
				.withMessageContaining("permission denied");
		}
	}

	/**
	 * Nor a chunk of a hypertable, nor anything else outside the reporting schemas but
	 * the catalogs and TimescaleDB's own (extension) tables, which hold no data of the
	 * services.
	 */
	@Test
	void everyRelationGrafanaMaySelectOutsideTheCatalogsIsAReportingOne() throws SQLException {
		List<String> readable = new ArrayList<>();
		try (Connection admin = DriverManager.getConnection(database.jdbcUrl(), database.adminUser(),
				database.adminPassword());
				Statement sql = admin.createStatement();
				ResultSet rows = sql.executeQuery(
						"""
								SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
								WHERE c.relkind IN ('r', 'v', 'm', 'p', 'f') AND has_table_privilege('grafana_reader', c.oid, 'SELECT')
								  AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'reporting', 'alert_reporting')
								  AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
								                  AND d.deptype = 'e')""")) {
			while (rows.next()) {
				readable.add(rows.getString(1));
			}
		}
		assertThat(readable).isEmpty();
	}

	/**
	 * The rankings panel, as Grafana shows it for 2026 (to date: from January, across the
	 * change of the composite-index limits on 2026-03-01), is the rankings API's answer.
	 */
	@Test
	void theRankingsPanelShowsWhatTheRankingsApiAnswers() throws Exception {
		Path file = GrafanaDashboards.files()
			.stream()
			.filter(f -> f.getFileName().toString().equals("rankings.json"))
			.findFirst()
			.orElseThrow();
		JsonNode dashboard = GrafanaDashboards.read(file);
		JsonNode panel = GrafanaDashboards.panels(dashboard)
			.stream()
			.filter(p -> p.path("title").asString().startsWith("District ranking"))
			.findFirst()
			.orElseThrow();
		String sql = GrafanaSql.expand(panel.path("targets").get(0).path("rawSql").asString(), dashboard);
		JsonNode api = new ObjectMapper().readTree(services.analytics("/api/v1/rankings?year=2026"));
		assertThat(LocalDate.parse(api.path("from").asString())).isBefore(LocalDate.of(2026, 3, 1));
		assertThat(LocalDate.parse(api.path("to").asString())).isAfter(LocalDate.of(2026, 4, 30));
		List<String> shown = new ArrayList<>();
		try (Connection grafana = database.asGrafana();
				Statement statement = grafana.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			while (rows.next()) {
				shown.add(rows.getInt("rank") + " " + rows.getString("district") + " "
						+ rows.getBigDecimal("composite index").stripTrailingZeros().toPlainString() + " "
						+ rows.getBigDecimal("index change vs last year %") + " "
						+ rows.getBigDecimal("good-day rate %") + " " + rows.getString("flag") + " "
						+ rows.getString("from") + ".." + rows.getString("to"));
			}
		}
		List<String> answered = new ArrayList<>();
		for (JsonNode d : api.path("districts")) {
			answered.add(d.path("rankByCompositeIndex").asInt() + " District " + d.path("districtId").asString() + " "
					+ d.path("compositeIndex").decimalValue().stripTrailingZeros().toPlainString() + " "
					+ d.path("compositeIndexChangePercent").decimalValue() + " " + d.path("goodDayRate").decimalValue()
					+ " " + (d.path("bottomThree").asBoolean() ? "bottom three" : "") + " "
					+ api.path("from").asString() + ".." + api.path("to").asString());
		}
		assertThat(answered).hasSize(4);
		assertThat(shown).containsExactlyElementsOf(answered);
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
	static Columns run(String sql) throws SQLException {
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
			problems.add(where + ": no rows from what the services computed");
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
