package io.cleanair.cli.aqi;

import io.cleanair.core.aqi.AqiResult;
import io.cleanair.core.aqi.AqiStandard;
import io.cleanair.core.aqi.Indicator;
import io.cleanair.core.aqi.IndicatorValues;
import io.cleanair.core.aqi.ReportPeriod;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The {@code --csv} mode: a header naming the inputs (others pass through unchanged; a
 * column "date" picks the HJ 633 edition per row for "hj633"), one row per report; every
 * row is written back with IAQI_&lt;input&gt;, AQI, CATEGORY and PRIMARY added.
 */
final class CsvAqi {

	/** A bad header or cell, reported with its line number. */
	static final class BadInput extends Exception {

		BadInput(String message) {
			super(message);
		}

	}

	private final Function<LocalDate, AqiStandard> standardForDay;

	private final LocalDate defaultDay;

	private final ReportPeriod period;

	CsvAqi(Function<LocalDate, AqiStandard> standardForDay, LocalDate defaultDay, ReportPeriod period) {
		this.standardForDay = standardForDay;
		this.defaultDay = defaultDay;
		this.period = period;
	}

	void run(BufferedReader in, PrintWriter out) throws IOException, BadInput {
		String headerLine = in.readLine();
		if (headerLine == null) {
			throw new BadInput("line 1: empty input, expected a CSV header naming the inputs");
		}
		List<String> header = Csv.split(headerLine);
		Map<Integer, String> inputColumns = inputColumns(header);
		int dateColumn = indexOfIgnoreCase(header, "date");
		List<String> outHeader = new ArrayList<>(header);
		inputColumns.values().forEach(name -> outHeader.add("IAQI_" + name));
		outHeader.addAll(List.of("AQI", "CATEGORY", "PRIMARY"));
		out.println(Csv.join(outHeader));
		String line;
		int lineNo = 1;
		while ((line = in.readLine()) != null) {
			lineNo++;
			if (line.isBlank()) {
				continue;
			}
			out.println(Csv.join(row(lineNo, header, Csv.split(line), inputColumns, dateColumn)));
		}
		out.flush();
	}

	private List<String> row(int lineNo, List<String> header, List<String> cells, Map<Integer, String> inputColumns,
			int dateColumn) throws BadInput {
		if (cells.size() != header.size()) {
			throw new BadInput("line " + lineNo + ": " + cells.size() + " fields, the header has " + header.size());
		}
		LocalDate day = dateColumn < 0 || cells.get(dateColumn).isBlank() ? defaultDay
				: date(lineNo, cells.get(dateColumn));
		AqiStandard standard = standardForDay.apply(day);
		Map<String, Indicator> indicators = new LinkedHashMap<>();
		IndicatorValues.Builder values = IndicatorValues.builder();
		for (Map.Entry<Integer, String> col : inputColumns.entrySet()) {
			Indicator indicator = AqiInput.indicator(col.getValue(), standard, period).orElseThrow();
			indicators.put(col.getValue(), indicator);
			String cell = cells.get(col.getKey()).trim();
			if (!cell.isEmpty()) {
				values.put(indicator, number(lineNo, col.getValue(), cell));
			}
		}
		AqiResult r;
		try {
			r = AqiCommand.assess(standard, period, values.build());
		}
		catch (IllegalArgumentException e) {
			throw new BadInput("line " + lineNo + ": " + e.getMessage());
		}
		List<String> outRow = new ArrayList<>(cells);
		indicators.values().forEach(i -> outRow.add(AqiReport.iaqi(r, i)));
		outRow.add(AqiReport.aqi(r));
		outRow.add(AqiReport.categoryName(r.category()));
		outRow.add(AqiReport.primary(r));
		return outRow;
	}

	private static Map<Integer, String> inputColumns(List<String> header) throws BadInput {
		Map<Integer, String> columns = new LinkedHashMap<>();
		for (int i = 0; i < header.size(); i++) {
			String name = header.get(i).trim();
			if (AqiInput.isName(name)) {
				columns.put(i, name);
			}
		}
		if (columns.isEmpty()) {
			throw new BadInput("line 1: no input column in the header " + header + "; expected some of "
					+ String.join(", ", AqiInput.NAMES));
		}
		return columns;
	}

	private static int indexOfIgnoreCase(List<String> header, String name) {
		for (int i = 0; i < header.size(); i++) {
			if (header.get(i).trim().equalsIgnoreCase(name)) {
				return i;
			}
		}
		return -1;
	}

	private static BigDecimal number(int lineNo, String column, String cell) throws BadInput {
		try {
			return new BigDecimal(cell);
		}
		catch (NumberFormatException e) {
			throw new BadInput("line " + lineNo + ", column " + column + ": '" + cell + "' is not a number");
		}
	}

	private static LocalDate date(int lineNo, String cell) throws BadInput {
		try {
			return LocalDate.parse(cell.trim());
		}
		catch (DateTimeParseException e) {
			throw new BadInput("line " + lineNo + ", column date: '" + cell + "' is not a date (yyyy-MM-dd)");
		}
	}

}
