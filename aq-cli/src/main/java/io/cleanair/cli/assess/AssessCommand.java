package io.cleanair.cli.assess;

import io.cleanair.core.assessment.DailyAssessor;
import io.cleanair.core.assessment.DailyRecord;
import io.cleanair.core.assessment.RuleSetPolicy;
import io.cleanair.core.assessment.StationCoverage;
import io.cleanair.core.qc.SuspiciousValues;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code aq assess}: reads hourly CSV files and assesses each (group, year). */
@Command(name = "assess", mixinStandardHelpOptions = true, description = {
		"Assess hourly data per station or city and calendar year (GB 3095, HJ 663, HJ 633).",
		"Files are plain or gzip CSV: long format (station_id,time,pollutant,value,unit; a value on the hour t"
				+ " covers [t, t+1h), values inside an hour are averaged into it, valid with 45 minutes sampled) or the"
				+ " UCI Beijing PRSA wide format (hour 0..23 = local start of the hour)." },
		footer = {
				"Exit codes: 0 ok, 1 unreadable file or bad data (one line naming file and line), 2 bad arguments." })
public class AssessCommand implements Callable<Integer> {

	static final int INPUT_ERROR = 1;
	static final int USAGE_ERROR = 2;

	@Spec
	CommandSpec spec;

	@Option(names = "--standard", defaultValue = "hj633", paramLabel = "ID",
			description = "hj633 (rule set in force on each day), hj633-2012 or hj633-2026. Default: ${DEFAULT-VALUE}.")
	String standard;

	@Option(names = "--zone", defaultValue = "Asia/Shanghai", paramLabel = "ZONE",
			description = "Zone of local times and calendar days. Default: ${DEFAULT-VALUE}.")
	ZoneId zone;

	@Option(names = "--group", defaultValue = "station", paramLabel = "station|city",
			description = "One row per station, or all stations as one city (id \"city\"). Default: ${DEFAULT-VALUE}.")
	String group;

	@Option(names = "--format", paramLabel = "long|prsa", description = "Input format (default: from each header).")
	String format;

	@Option(names = "--min-station-share", defaultValue = "0", paramLabel = "SHARE",
			description = "City: share of stations (0..1) needed for a daily value; 0 = any one. Default: ${DEFAULT-VALUE}.")
	double minStationShare;

	@Option(names = "--json", description = "One JSON object per (group, year) per line (with --daily: per day).")
	boolean json;

	@Option(names = "--daily", description = "One line per (group, day) instead of per year: each indicator's"
			+ " concentration and IAQI, AQI, category, primary pollutants, validity or its reason, excluded values."
			+ " CSV, or JSON lines with --json.")
	boolean daily;

	@Option(names = "--flagged", defaultValue = "use", paramLabel = "use|exclude|hold",
			description = "Values flagged by the spike and stuck-value checks: use them, exclude them, or hold them"
					+ " for audit (left out, day marked pending). A flagged value never alone carries an exceedance"
					+ " exception. Default: ${DEFAULT-VALUE}.")
	String flagged;

	@Option(names = "--qc", negatable = true, defaultValue = "true", fallbackValue = "true",
			description = "Run the spike and stuck-value checks over each series (--no-qc: flag nothing). Default: on.")
	boolean qc;

	@Option(names = "--day-validity", paramLabel = "EDITION=POLICY",
			description = "Replace an edition's day-validity policy, e.g. hj633-2012=NA_UNLESS_ABOVE_100. Policies:"
					+ " MISSING_INDICATORS_NA (AQI from the indicators present; 2012's own), NA_UNLESS_ABOVE_100"
					+ " (HJ 633-2026 §5.3; 2026's own), NA_WHEN_INCOMPLETE (complete days only).")
	Map<String, String> dayValidity = new LinkedHashMap<>();

	@Parameters(arity = "1..*", paramLabel = "FILE", description = "Hourly CSV files, plain or .gz.")
	List<Path> files;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		AssessOptions options;
		try {
			options = AssessOptions.parse(standard, group, format, minStationShare, flagged, dayValidity);
		}
		catch (IllegalArgumentException e) {
			err.println("aq assess: " + e.getMessage());
			err.flush();
			return USAGE_ERROR;
		}
		try {
			HourlyStore store = ParallelReading.readAll(files, options.format(), zone);
			if (qc) {
				SeriesQc.flag(store, zone, SuspiciousValues.DEFAULTS);
			}
			DailyAssessor assessor = new DailyAssessor(
					RuleSetPolicy.byId(options.standard()).withMissingDataPolicies(options.dayValidity()));
			GroupAssessor groups = new GroupAssessor(assessor, new StationCoverage(options.minStationShare()),
					options.flagged());
			if (daily) {
				printDaily(groups.daily(store, options.grouping()), out);
			}
			else {
				printYears(groups.assess(store, options.grouping()), out);
			}
			out.flush();
			return 0;
		}
		catch (InputException | IllegalArgumentException e) {
			err.println("aq assess: " + e.getMessage());
			err.flush();
			return INPUT_ERROR;
		}
	}

	private void printDaily(List<DailyRecord> days, PrintWriter out) {
		if (json) {
			DailyPrinter.json(days, out);
		}
		else {
			DailyPrinter.csv(days, out);
		}
	}

	private void printYears(List<AssessmentRow> rows, PrintWriter out) {
		if (json) {
			RowPrinter.json(rows, out);
		}
		else {
			RowPrinter.table(rows, out);
		}
	}

}
