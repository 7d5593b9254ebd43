package io.cleanair.opschecks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every dashboard parses, is laid out sanely, and uses only provisioned data sources and
 * its own variables.
 */
class DashboardFilesTests {

	/** Panel types that ship with Grafana: a dashboard needs no plugin installed. */
	static final Set<String> BUILT_IN_PANELS = Set.of("row", "stat", "gauge", "bargauge", "table", "timeseries",
			"barchart", "geomap", "heatmap", "state-timeline", "status-history", "piechart", "text", "histogram");

	static final Pattern VARIABLE = Pattern.compile("\\$\\{(\\w+)(?::\\w+)?}|\\$(\\w+)|\\[\\[(\\w+)]]");

	@Test
	void everyDashboardParsesAndHasAUniqueUidAndTitle() {
		List<Path> files = GrafanaDashboards.files();
		assertThat(files).isNotEmpty();
		Set<String> uids = new HashSet<>();
		Set<String> titles = new HashSet<>();
		for (Path file : files) {
			JsonNode dashboard = GrafanaDashboards.read(file);
			assertThat(uids.add(dashboard.path("uid").asString(""))).as("unique uid in %s", file).isTrue();
			assertThat(titles.add(dashboard.path("title").asString(""))).as("unique title in %s", file).isTrue();
			assertThat(dashboard.path("uid").asString()).as("uid of %s", file).matches("[a-z0-9-]{1,40}");
			assertThat(GrafanaDashboards.panels(dashboard)).as("panels of %s", file).isNotEmpty();
		}
	}

	@Test
	void panelsHaveUniqueIdsAndFitTheGrid() {
		for (Path file : GrafanaDashboards.files()) {
			Set<Integer> ids = new HashSet<>();
			for (JsonNode panel : GrafanaDashboards.panels(GrafanaDashboards.read(file))) {
				assertThat(ids.add(panel.path("id").asInt())).as("%s: panel id %s", file, panel.path("id")).isTrue();
				assertThat(BUILT_IN_PANELS).as("%s: type of %s", file, panel.path("title"))
					.contains(panel.path("type").asString());
				JsonNode grid = panel.path("gridPos");
				assertThat(grid.path("w").asInt() + grid.path("x").asInt())
					.as("%s: %s fits 24 columns", file, panel.path("title"))
					.isBetween(1, 24);
				assertThat(grid.path("h").asInt()).isPositive();
				if (!panel.path("type").asString().equals("row")) {
					assertThat(panel.path("targets")).as("%s: %s has queries", file, panel.path("title")).isNotEmpty();
				}
			}
		}
	}

	@Test
	void everyDataSourceIsAProvisionedOneOfTheRightType() {
		Map<String, String> provisioned = GrafanaDashboards.provisionedDatasources();
		assertThat(provisioned).containsOnlyKeys("aq-postgres", "aq-prometheus");
		for (Path file : GrafanaDashboards.files()) {
			JsonNode dashboard = GrafanaDashboards.read(file);
			List<JsonNode> references = new ArrayList<>();
			for (JsonNode panel : GrafanaDashboards.panels(dashboard)) {
				references.add(panel.path("datasource"));
				panel.path("targets").forEach(t -> references.add(t.path("datasource")));
			}
			dashboard.path("templating").path("list").forEach(v -> {
				if (v.path("type").asString().equals("query")) {
					references.add(v.path("datasource"));
				}
			});
			for (JsonNode reference : references) {
				if (reference.isMissingNode() || reference.isNull()) {
					continue;
				}
				String uid = reference.path("uid").asString("");
				assertThat(provisioned).as("%s refers to data source %s", file.getFileName(), reference)
					.containsKey(uid);
				assertThat(reference.path("type").asString()).as("%s: type of %s", file.getFileName(), uid)
					.isEqualTo(provisioned.get(uid));
			}
		}
	}

	@Test
	void queriesUseOnlyTheirDashboardsVariables() {
		for (Path file : GrafanaDashboards.files()) {
			JsonNode dashboard = GrafanaDashboards.read(file);
			Set<String> defined = new HashSet<>();
			dashboard.path("templating").path("list").forEach(v -> defined.add(v.path("name").asString()));
			for (GrafanaDashboards.Query query : GrafanaDashboards.queries()) {
				if (!query.dashboard().equals(file.getFileName().toString())) {
					continue;
				}
				Matcher m = VARIABLE
					.matcher(query.target().path("rawSql").asString(query.target().path("expr").asString("")));
				while (m.find()) {
					String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
					if (!name.startsWith("__")) {
						assertThat(defined).as("%s uses $%s", query.describe(), name).contains(name);
					}
				}
			}
		}
	}

	@Test
	void theProvisioningReadsTheEnvironmentComposeGivesGrafana() throws Exception {
		String datasources = Files.readString(GrafanaDashboards.GRAFANA.resolve("provisioning/datasources/aq.yml"));
		Map<String, String> environment = ComposeFile.environment(ComposeFileTests.COMPOSE.service("grafana"));
		Matcher m = Pattern.compile("\\$\\{(\\w+)}").matcher(datasources);
		int found = 0;
		while (m.find()) {
			found++;
			assertThat(environment).as("grafana's environment").containsKey(m.group(1));
		}
		assertThat(found).isPositive();
		assertThat(Files.readString(GrafanaDashboards.GRAFANA.resolve("provisioning/dashboards/aq.yml")))
			.contains("path: /etc/grafana/dashboards");
		assertThat(ComposeFile.strings(ComposeFileTests.COMPOSE.service("grafana").get("volumes"))).contains(
				"./grafana/dashboards:/etc/grafana/dashboards:ro",
				"./grafana/provisioning:/etc/grafana/provisioning:ro");
		String home = environment.get("GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH");
		assertThat(GrafanaDashboards.GRAFANA.resolve("dashboards")
			.resolve(home.substring("/etc/grafana/dashboards/".length()))).exists();
	}

}
