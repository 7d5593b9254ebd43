package io.cleanair.cli.assess;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;

/** Prints rows as a readable table, or as one JSON object per line. */
final class RowPrinter {

	private static final String TABLE_FORMAT = "%-8s %-16s %4s %5s %7s %4s %5s %5s %6s %6s %6s %5s %4s %4s %6s %6s %6s%n";

	private RowPrinter() {
	}

	/**
	 * Jackson's streaming generator: a flat object needs no data binding, and starts much
	 * faster.
	 */
	static void json(List<AssessmentRow> rows, PrintWriter out) {
		JsonFactory factory = new JsonFactory();
		for (AssessmentRow row : rows) {
			StringWriter line = new StringWriter();
			try (JsonGenerator g = factory.createGenerator(line)) {
				g.writeStartObject();
				for (Map.Entry<String, Object> field : RowFields.of(row).entrySet()) {
					g.writeName(field.getKey());
					writeValue(g, field.getValue());
				}
				g.writeEndObject();
			}
			out.println(line);
		}
	}

	private static void writeValue(JsonGenerator g, Object value) {
		if (value == null) {
			g.writeNull();
		}
		else if (value instanceof BigDecimal d) {
			g.writeNumber(d);
		}
		else if (value instanceof Integer i) {
			g.writeNumber(i);
		}
		else {
			g.writeString(value.toString());
		}
	}

	static void table(List<AssessmentRow> rows, PrintWriter out) {
		out.printf(TABLE_FORMAT, "group", "id", "year", "valid", "invalid", "good", "excel", "heavy", "severe", "good%",
				"PM2.5", "PM10", "SO2", "NO2", "CO p95", "O3 p90", "I_sum");
		for (AssessmentRow row : rows) {
			Object[] values = RowFields.of(row).values().stream().map(v -> v == null ? "-" : v.toString()).toArray();
			out.printf(TABLE_FORMAT, values);
		}
		out.println("Days: valid = with a valid daily AQI; good = AQI <= 100; excel(lent) <= 50; heavy > 200;"
				+ " severe > 300.");
		out.println("Concentrations (ug/m3, CO mg/m3) are means of valid daily values, CO the 95th percentile"
				+ " of daily means, O3 the 90th percentile of MDA8, rounded per GB/T 8170.");
	}

}
