package io.cleanair.opschecks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every PromQL query of every dashboard, with Grafana's variables expanded, is valid
 * PromQL: promtool checks them as recording rules. Skipped without promtool.
 */
class PrometheusQueriesTests {

	@TempDir
	Path dir;

	static String expand(String expr) {
		return expr.replace("$__rate_interval", "5m")
			.replace("$__interval", "1m")
			.replace("$__range", "1h")
			.replaceAll("\\$\\{?service}?", ".*-service")
			.replaceAll("\\$\\{?\\w+}?", ".*");
	}

	@Test
	void everyPromqlQueryParses() throws Exception {
		List<GrafanaDashboards.Query> queries = GrafanaDashboards.queries()
			.stream()
			.filter(q -> q.datasourceUid().equals("aq-prometheus"))
			.toList();
		assertThat(queries).isNotEmpty();
		List<Map<String, Object>> rules = new ArrayList<>();
		for (GrafanaDashboards.Query query : queries) {
			Map<String, Object> rule = new LinkedHashMap<>();
			rule.put("record", "grafana_query_" + rules.size());
			rule.put("expr", expand(query.target().path("expr").asString()));
			rule.put("labels", Map.of("panel", query.describe()));
			rules.add(rule);
		}
		Map<String, Object> file = Map.of("groups", List.of(Map.of("name", "dashboards", "rules", rules)));
		DumperOptions options = new DumperOptions();
		options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
		Files.writeString(dir.resolve("dashboards.yml"), new Yaml(options).dump(file), StandardCharsets.UTF_8);
		assertThat(Promtool.run(dir, "check", "rules", "dashboards.yml")).contains(rules.size() + " rules found");
	}

}
