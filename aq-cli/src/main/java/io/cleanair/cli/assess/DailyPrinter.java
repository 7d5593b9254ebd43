package io.cleanair.cli.assess;

import io.cleanair.core.aqi.Indicator;
import io.cleanair.core.assessment.DailyRecord;
import io.cleanair.core.assessment.ExcludedValue;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;

/**
 * Prints {@code aq assess --daily}: one day per line, as CSV (RFC 4180) or as one JSON
 * object per line.
 */
final class DailyPrinter {

	private DailyPrinter() {
	}

	static void csv(List<DailyRecord> days, PrintWriter out) {
		out.println(String.join(",", DailyRecord.columns()));
		StringBuilder line = new StringBuilder();
		for (DailyRecord day : days) {
			line.setLength(0);
			for (Object value : day.values()) {
				if (line.length() > 0) {
					line.append(',');
				}
				line.append(quoted(
						value == null ? "" : value instanceof BigDecimal d ? d.toPlainString() : value.toString()));
			}
			out.println(line);
		}
	}

	static void json(List<DailyRecord> days, PrintWriter out) {
		JsonFactory factory = new JsonFactory();
		for (DailyRecord day : days) {
			StringWriter line = new StringWriter();
			try (JsonGenerator g = factory.createGenerator(line)) {
				write(g, day);
			}
			out.println(line);
		}
	}

	private static void write(JsonGenerator g, DailyRecord day) {
		g.writeStartObject();
		g.writeStringProperty("date", day.date().toString());
		g.writeStringProperty("scope", day.scope());
		g.writeStringProperty("id", day.id());
		if (day.aqi() == null) {
			g.writeNullProperty("aqi");
		}
		else {
			g.writeNumberProperty("aqi", day.aqi());
		}
		g.writeStringProperty("category", day.category());
		g.writeName("primaryPollutants");
		g.writeStartArray();
		day.primaryPollutants().forEach(p -> g.writeString(p.name()));
		g.writeEndArray();
		g.writeBooleanProperty("valid", day.valid());
		g.writeStringProperty("invalidReason", day.invalidReason());
		g.writeStringProperty("ruleSet", day.ruleSet());
		g.writeStringProperty("validityPolicy", day.validityPolicy());
		g.writeName("concentrations");
		g.writeStartObject();
		for (Indicator i : DailyRecord.INDICATORS) {
			if (day.concentrations().containsKey(i)) {
				g.writeNumberProperty(i.name(), day.concentrations().get(i));
			}
		}
		g.writeEndObject();
		g.writeName("iaqi");
		g.writeStartObject();
		for (Indicator i : DailyRecord.INDICATORS) {
			if (day.iaqi().containsKey(i)) {
				g.writeNumberProperty(i.name(), day.iaqi().get(i));
			}
		}
		g.writeEndObject();
		g.writeName("missing");
		g.writeStartArray();
		day.missing().forEach(i -> g.writeString(i.name()));
		g.writeEndArray();
		g.writeName("excluded");
		g.writeStartArray();
		for (ExcludedValue e : day.excluded()) {
			g.writeStartObject();
			g.writeStringProperty("station", e.stationId());
			g.writeStringProperty("pollutant", e.pollutant().name());
			g.writeNumberProperty("hourLabel", e.hourLabel());
			g.writeNumberProperty("value", e.value());
			g.writeStringProperty("reason", e.reason().name());
			g.writeStringProperty("detail", e.detail());
			if (e.statistic() != null) {
				g.writeStringProperty("statistic", e.statistic().name());
			}
			g.writeEndObject();
		}
		g.writeEndArray();
		g.writeBooleanProperty("pendingAudit", day.pendingAudit());
		g.writeEndObject();
	}

	private static String quoted(String field) {
		if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0) {
			return field;
		}
		return '"' + field.replace("\"", "\"\"") + '"';
	}

}
