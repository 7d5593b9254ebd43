package io.cleanair.opschecks;

import java.util.LinkedHashSet;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/** The field (column) names a panel's configuration refers to. */
final class PanelFields {

	private PanelFields() {
	}

	static Set<String> named(JsonNode panel) {
		Set<String> fields = new LinkedHashSet<>();
		for (JsonNode override : panel.path("fieldConfig").path("overrides")) {
			if (override.path("matcher").path("id").asString().equals("byName")) {
				fields.add(override.path("matcher").path("options").asString());
			}
		}
		JsonNode options = panel.path("options");
		addText(fields, options.path("xField"));
		for (JsonNode layer : options.path("layers")) {
			JsonNode location = layer.path("location");
			addText(fields, location.path("latitude"));
			addText(fields, location.path("longitude"));
			JsonNode style = layer.path("config").path("style");
			addText(fields, style.path("color").path("field"));
			addText(fields, style.path("size").path("field"));
			addText(fields, style.path("text").path("field"));
		}
		for (JsonNode transformation : panel.path("transformations")) {
			JsonNode o = transformation.path("options");
			o.path("renameByName").propertyNames().forEach(fields::add);
			o.path("indexByName").propertyNames().forEach(fields::add);
		}
		return fields;
	}

	private static void addText(Set<String> fields, JsonNode node) {
		if (node.isString() && !node.asString().isBlank()) {
			fields.add(node.asString());
		}
	}

}
