package io.cleanair.cli.aqi;

import io.cleanair.core.aqi.AqiResult;
import io.cleanair.core.aqi.AqiStandard;
import io.cleanair.core.aqi.AqiStandards;
import io.cleanair.core.aqi.Indicator;
import io.cleanair.core.aqi.IndicatorValues;
import io.cleanair.core.aqi.ReportPeriod;
import io.cleanair.core.aqi.UsEpaAqi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code aq aqi}: the AQI of one report from the command line, or of every row of a CSV
 * on stdin.
 */
@Command(name = "aqi",
		description = { "Computes sub-indices (IAQI), the AQI, its category and the primary pollutant(s).",
				"Inputs: PM2_5, PM10, SO2, NO2, CO, O3_1H, O3_8H (or an indicator such as SO2_24H, PM2_5_1H).",
				"Day report: PM/SO2/NO2/CO 24-hour means, O3_1H daily max 1-hour, O3_8H daily max 8-hour mean.",
				"Hour report: 1-hour values; PM is the 24-hour moving mean under hj633-2012, the 1-hour value under"
						+ " hj633-2026, the NowCast under epa-*.",
				"Units, hj633*: µg/m³, CO mg/m³ (gases at 298.15 K, 1013.25 hPa).",
				"Units, epa-*: O3 and CO ppm, SO2 and NO2 ppb, PM µg/m³; CO is the 8-hour mean, SO2/NO2 1-hour." },
		footer = { "Exit codes: 0 ok, 1 bad CSV data, 2 bad arguments or header." })
public class AqiCommand implements Callable<Integer> {

	static final int EXIT_BAD_DATA = 1;
	static final int EXIT_USAGE = 2;

	@Option(names = { "-h", "--help" }, usageHelp = true, description = "Show this help and exit.")
	boolean help;

	@Option(names = "--standard", defaultValue = AqiStandards.HJ633, paramLabel = "ID",
			description = "hj633-2012, hj633-2026, hj633 (edition by --date or the CSV date column), epa-2024, epa-2012."
					+ " Default: ${DEFAULT-VALUE}.")
	String standard;

	@Option(names = "--period", defaultValue = "day", paramLabel = "hour|day",
			description = "Report period. Default: ${DEFAULT-VALUE}.")
	String period;

	@Option(names = "--date", paramLabel = "yyyy-MM-dd",
			description = "Day assessed, for --standard hj633 (default: today in China).")
	String date;

	@Option(names = "--csv",
			description = "Read CSV on stdin (header names the inputs; empty cell = missing) and write it back"
					+ " with IAQI_<input>, AQI, CATEGORY, PRIMARY columns.")
	boolean csv;

	@Parameters(paramLabel = "INPUT=VALUE", arity = "0..*", description = "e.g. PM2_5=76 O3_8H=170")
	List<String> inputs = new ArrayList<>();

	@Spec
	CommandSpec spec;

	private final InputStream stdin;

	private final Clock clock;

	public AqiCommand() {
		this(System.in, Clock.system(AqiStandards.CHINA_ZONE));
	}

	AqiCommand(InputStream stdin, Clock clock) {
		this.stdin = stdin;
		this.clock = clock;
	}

	@Override
	public Integer call() throws IOException {
		try {
			ReportPeriod reportPeriod = period();
			LocalDate day = date == null ? LocalDate.now(clock) : parseDate();
			Function<LocalDate, AqiStandard> forDay = standardForDay();
			if (csv) {
				if (!inputs.isEmpty()) {
					throw new UsageError(
							"argument '" + inputs.get(0) + "': give inputs either as arguments or as CSV, not both");
				}
				new CsvAqi(forDay, day, reportPeriod).run(
						new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)),
						spec.commandLine().getOut());
				return 0;
			}
			return single(forDay.apply(day), reportPeriod);
		}
		catch (UsageError e) {
			return fail(e.getMessage(), EXIT_USAGE);
		}
		catch (CsvAqi.BadInput e) {
			return fail(e.getMessage(), e.getMessage().startsWith("line 1:") ? EXIT_USAGE : EXIT_BAD_DATA);
		}
	}

	private int single(AqiStandard standard, ReportPeriod reportPeriod) throws UsageError {
		if (inputs.isEmpty()) {
			throw new UsageError(
					"no input given; expected INPUT=VALUE with INPUT one of " + String.join(", ", AqiInput.NAMES));
		}
		Map<String, Indicator> named = new LinkedHashMap<>();
		IndicatorValues.Builder values = IndicatorValues.builder();
		for (String arg : inputs) {
			int eq = arg.indexOf('=');
			String name = eq < 0 ? arg : arg.substring(0, eq).trim();
			Indicator indicator = AqiInput.indicator(name, standard, reportPeriod)
				.orElseThrow(() -> new UsageError("argument '" + arg + "': unknown input '" + name
						+ "', expected one of " + String.join(", ", AqiInput.NAMES)));
			if (eq < 0) {
				throw new UsageError("argument '" + arg + "': expected INPUT=VALUE");
			}
			named.put(name.toUpperCase(Locale.ROOT), indicator);
			values.put(indicator, number(arg, arg.substring(eq + 1).trim()));
		}
		AqiResult result;
		try {
			result = assess(standard, reportPeriod, values.build());
		}
		catch (IllegalArgumentException e) {
			throw new UsageError(e.getMessage());
		}
		AqiReport.print(spec.commandLine().getOut(), result, named);
		return 0;
	}

	/**
	 * epa-* take US units (ppm, ppb) from the command line; hj633* canonical µg/m³ (CO
	 * mg/m³).
	 */
	static AqiResult assess(AqiStandard standard, ReportPeriod period, IndicatorValues values) {
		return standard instanceof UsEpaAqi us ? us.assessInUsUnits(period, values) : standard.assess(period, values);
	}

	private Function<LocalDate, AqiStandard> standardForDay() throws UsageError {
		AqiStandard fixed;
		try {
			fixed = AqiStandards.byId(standard);
		}
		catch (IllegalArgumentException e) {
			throw new UsageError("--standard: " + e.getMessage());
		}
		return fixed.id().equals(AqiStandards.HJ633) ? AqiStandards::hj633For : d -> fixed;
	}

	private ReportPeriod period() throws UsageError {
		switch (period.trim().toLowerCase(Locale.ROOT)) {
			case "hour":
				return ReportPeriod.HOUR;
			case "day":
				return ReportPeriod.DAY;
			default:
				throw new UsageError("--period: '" + period + "' is not hour or day");
		}
	}

	private LocalDate parseDate() throws UsageError {
		try {
			return LocalDate.parse(date.trim());
		}
		catch (DateTimeParseException e) {
			throw new UsageError("--date: '" + date + "' is not a date (yyyy-MM-dd)");
		}
	}

	private static BigDecimal number(String arg, String value) throws UsageError {
		try {
			return new BigDecimal(value);
		}
		catch (NumberFormatException e) {
			throw new UsageError("argument '" + arg + "': '" + value + "' is not a number");
		}
	}

	private int fail(String message, int exitCode) {
		spec.commandLine().getErr().println("aq aqi: " + message);
		spec.commandLine().getErr().flush();
		return exitCode;
	}

	/**
	 * A bad option or argument: one line on stderr, exit code 2 as picocli uses for usage
	 * errors.
	 */
	static final class UsageError extends Exception {

		UsageError(String message) {
			super(message);
		}

	}

}
