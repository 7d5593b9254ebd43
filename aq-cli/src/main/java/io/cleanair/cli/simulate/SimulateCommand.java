package io.cleanair.cli.simulate;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import io.cleanair.bench.stack.Durations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code aq simulate}: stations posting realistic hourly readings to ingest-service. */
@Command(name = "simulate",
		description = { "Simulates monitoring stations posting hourly readings (PM2_5, PM10, SO2, NO2, CO, O3) to"
				+ " ingest-service: heating-season highs, summer ozone, evening peaks, multi-day winter episodes,"
				+ " and a small share of bad data.",
				"The simulated clock starts at --from and runs --speed times faster than the wall clock, but not"
						+ " ahead of the real clock unless --future is given (--speed 8760: a year in an hour)." },
		footer = { "Exit codes: 0 done, 1 ingest-service refused the readings or a station, 2 bad arguments." })
public class SimulateCommand implements Callable<Integer> {

	static final int EXIT_REFUSED = 1;
	static final int EXIT_USAGE = 2;

	@Option(names = { "-h", "--help" }, usageHelp = true, description = "Show this help and exit.")
	boolean help;

	@Option(names = "--ingest", defaultValue = "${env:AQ_INGEST_URL:-http://localhost:8081}", paramLabel = "URL",
			description = "ingest-service base URL (default: ${DEFAULT-VALUE}, or AQ_INGEST_URL).")
	URI ingest;

	@Option(names = "--stations", paramLabel = "N", description = "Number of generated stations (default 12).")
	Integer stationCount;

	@Option(names = "--districts", paramLabel = "M", description = "Number of districts they spread over (default 4).")
	Integer districtCount;

	@Option(names = "--stations-file", paramLabel = "CSV",
			description = "Stations from a CSV file with the header id,name,districtId,kind,latitude,longitude.")
	Path stationsFile;

	@Option(names = "--register-stations",
			description = "First register (PUT) every station through the admin API, active.")
	boolean register;

	@Option(names = "--api-key", defaultValue = "${env:AQ_API_KEY}", paramLabel = "KEY",
			description = "Key sent with readings as 'Authorization: Bearer' (default: AQ_API_KEY, else the admin key).")
	String apiKey;

	@Option(names = "--admin-key", defaultValue = "${env:AQ_ADMIN_KEY}", paramLabel = "KEY",
			description = "Admin key for --register-stations (default: AQ_ADMIN_KEY).")
	String adminKey;

	@Option(names = "--from", paramLabel = "DATE|DATETIME",
			description = "First simulated hour: 2025-01-01, 2025-01-01T08:00+08:00, or a time back from now such as -30d"
					+ " (the start of that day; default: now).")
	String from;

	@Option(names = "--until", paramLabel = "DATE|DATETIME", description = "Stop when the simulated clock gets here.")
	String until;

	@Option(names = "--duration", paramLabel = "DURATION",
			description = "Stop after this much wall-clock time: 90s, 10m, 2h, 1d or ISO-8601 (PT1H).")
	String duration;

	@Option(names = "--speed", defaultValue = "1", paramLabel = "X",
			description = "Simulated hours per wall-clock hour (default: ${DEFAULT-VALUE}).")
	double speed;

	@Option(names = "--future", description = "Let the simulated clock run ahead of the real clock.")
	boolean future;

	@Option(names = "--seed", defaultValue = "42",
			description = "Same seed, same readings (default: ${DEFAULT-VALUE}).")
	long seed;

	@Option(names = "--bad-data", defaultValue = "0.005", paramLabel = "RATE",
			description = "Share of bad readings: negative, non-numeric or unknown pollutant (default: ${DEFAULT-VALUE}).")
	double badData;

	@Option(names = "--zone", defaultValue = "Asia/Shanghai",
			description = "The stations' time zone (default: ${DEFAULT-VALUE}).")
	String zone;

	@Option(names = "--batch-size", defaultValue = "1000",
			description = "Readings per request (default: ${DEFAULT-VALUE}).")
	int batchSize;

	@Spec
	CommandSpec spec;

	private final Clock clock;

	private final SimulationRun.Sleeper sleeper;

	public SimulateCommand() {
		this(Clock.systemUTC(), SimulationRun.Sleeper.system());
	}

	SimulateCommand(Clock clock, SimulationRun.Sleeper sleeper) {
		this.clock = clock;
		this.sleeper = sleeper;
	}

	@Override
	public Integer call() throws InterruptedException {
		PrintWriter out = spec.commandLine().getOut();
		SimulationRun run;
		IngestClient client;
		List<SimulatedStation> stations;
		try {
			ZoneId zoneId = zone();
			stations = stations();
			Instant start = from == null ? clock.instant() : start(from, zoneId);
			Instant end = until == null ? null : instant("--until", until, zoneId);
			Instant deadline = duration == null ? null : clock.instant().plus(Durations.parse("--duration", duration));
			client = new IngestClient(ingest, apiKey == null || apiKey.isBlank() ? adminKey : apiKey, adminKey);
			run = new SimulationRun(
					new ReadingGenerator(stations, zoneId, badData, seed), client, new SimulationRun.Settings(start,
							speed, end, deadline, future, batchSize, 5, Duration.ofSeconds(2)),
					clock, sleeper, line -> {
						out.println(line);
						out.flush();
					});
		}
		catch (IllegalArgumentException | IOException e) {
			return fail(e.getMessage(), EXIT_USAGE);
		}
		try {
			if (register) {
				for (SimulatedStation station : stations) {
					client.register(station);
				}
				out.println("registered " + stations.size() + " stations");
			}
			out.println("simulating " + stations.size() + " stations for " + ingest + " at " + speed + "x");
			out.flush();
			out.println("done: " + run.run().describe());
			out.flush();
			return 0;
		}
		catch (IOException e) {
			return fail(e.getMessage(), EXIT_REFUSED);
		}
	}

	private List<SimulatedStation> stations() throws IOException {
		if (stationsFile != null) {
			if (stationCount != null || districtCount != null) {
				throw new IllegalArgumentException("--stations-file: give either a file or --stations/--districts");
			}
			return Stations.fromFile(stationsFile);
		}
		return Stations.generated(stationCount == null ? 12 : stationCount, districtCount == null ? 4 : districtCount,
				seed);
	}

	private ZoneId zone() {
		try {
			return ZoneId.of(zone);
		}
		catch (RuntimeException e) {
			throw new IllegalArgumentException("--zone: '" + zone + "' is not a time zone");
		}
	}

	/**
	 * {@code -30d}: the start of the local day 30 days ago; otherwise as
	 * {@link #instant}.
	 */
	Instant start(String text, ZoneId zone) {
		String value = text.trim();
		if (value.startsWith("-")) {
			Instant back = clock.instant().minus(Durations.parse("--from", value.substring(1)));
			return back.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
		}
		return instant("--from", value, zone);
	}

	/**
	 * A date is its local midnight; a date-time without offset is local to the stations'
	 * zone.
	 */
	static Instant instant(String option, String text, ZoneId zone) {
		String value = text.trim();
		try {
			if (value.length() == 10) {
				return LocalDate.parse(value).atStartOfDay(zone).toInstant();
			}
			try {
				return OffsetDateTime.parse(value).toInstant();
			}
			catch (DateTimeParseException e) {
				return LocalDateTime.parse(value).atZone(zone).toInstant();
			}
		}
		catch (DateTimeParseException e) {
			throw new IllegalArgumentException(option + ": '" + text + "' is not a date (2025-01-01) or date-time"
					+ " (2025-01-01T08:00 or 2025-01-01T08:00+08:00)");
		}
	}

	private int fail(String message, int exitCode) {
		spec.commandLine().getErr().println("aq simulate: " + message);
		spec.commandLine().getErr().flush();
		return exitCode;
	}

}
