package io.cleanair.opschecks;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboards under {@code grafana/dashboards} and the data sources
 * {@code grafana/provisioning} declares.
 */
final class GrafanaDashboards {

	static final Path GRAFANA = RepositoryFiles.resolve("grafana");

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** One query of one panel. */
	record Query(String dashboard, String panel, String panelType, String datasourceUid, JsonNode target) {

		String describe() {
			return dashboard + " / " + panel + " / " + target.path("refId").asString("?");
		}
	}

	private GrafanaDashboards() {
	}

	static List<Path> files() {
		try (Stream<Path> files = Files.list(GRAFANA.resolve("dashboards"))) {
			return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static JsonNode read(Path file) {
		try {
			return JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Provisioned data sources: uid → type. */
	static Map<String, String> provisionedDatasources() {
		Map<String, String> uids = new LinkedHashMap<>();
		try (Stream<Path> files = Files.list(GRAFANA.resolve("provisioning/datasources"))) {
			for (Path file : files.filter(p -> p.toString().endsWith(".yml")).toList()) {
				try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
					Map<String, Object> root = new Yaml().load(in);
					for (Object entry : (List<?>) root.get("datasources")) {
						Map<?, ?> datasource = (Map<?, ?>) entry;
						uids.put(String.valueOf(datasource.get("uid")), String.valueOf(datasource.get("type")));
					}
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return uids;
	}

	/** Every panel, rows' nested panels included. */
	static List<JsonNode> panels(JsonNode dashboard) {
		List<JsonNode> panels = new ArrayList<>();
		for (JsonNode panel : dashboard.path("panels")) {
			panels.add(panel);
			for (JsonNode nested : panel.path("panels")) {
				panels.add(nested);
			}
		}
		return panels;
	}

	/**
	 * Every query of every panel, with the data source it runs on (the target's own, else
	 * the panel's).
	 */
	static List<Query> queries() {
		List<Query> queries = new ArrayList<>();
		for (Path file : files()) {
			JsonNode dashboard = read(file);
			for (JsonNode panel : panels(dashboard)) {
				for (JsonNode target : panel.path("targets")) {
					String uid = target.path("datasource")
						.path("uid")
						.asString(panel.path("datasource").path("uid").asString(""));
					queries.add(new Query(file.getFileName().toString(), panel.path("title").asString(),
							panel.path("type").asString(), uid, target));
				}
			}
		}
		return queries;
	}

}
