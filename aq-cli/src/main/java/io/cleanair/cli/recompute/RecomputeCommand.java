package io.cleanair.cli.recompute;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code aq recompute}: has analytics-service assess the stored days of a period again
 * under the policy it is configured with now ({@code POST /api/v1/recomputations}), a
 * chunk of days per call, with progress. Idempotent: a second run changes nothing, so an
 * interrupted run is resumed by running it again (or from {@code --from}).
 */
@Command(name = "recompute", mixinStandardHelpOptions = true,
		description = {
				"Recompute stored station, district and city days of a period in analytics-service under its"
						+ " current assessment policy; changed days are published as usual.",
				"Idempotent: run it again to resume or to check that nothing is left to change." },
		footer = { "Exit codes: 0 ok, 1 the service refused or could not be reached (one line says why), 2 bad"
				+ " arguments." })
public class RecomputeCommand implements Callable<Integer> {

	static final int SERVICE_ERROR = 1;
	static final int USAGE_ERROR = 2;

	private static final int MAX_CHUNK_DAYS = 31;

	@Spec
	CommandSpec spec;

	@Option(names = "--from", required = true, paramLabel = "DATE", description = "First day, e.g. 2013-03-01.")
	LocalDate from;

	@Option(names = "--to", required = true, paramLabel = "DATE", description = "Last day (inclusive).")
	LocalDate to;

	@Option(names = "--analytics", defaultValue = "http://localhost:8082", paramLabel = "URL",
			description = "analytics-service. Default: ${DEFAULT-VALUE}.")
	URI analytics;

	@Option(names = "--admin-key", defaultValue = "${env:AQ_ADMIN_KEY}", paramLabel = "KEY",
			description = "The admin key (default: AQ_ADMIN_KEY).")
	String adminKey;

	@Option(names = "--chunk-days", defaultValue = "7", paramLabel = "N",
			description = "Days per call, 1..31. Default: ${DEFAULT-VALUE}.")
	int chunkDays;

	private final JsonMapper json = JsonMapper.builder().build();

	@Override
	public Integer call() throws InterruptedException {
		PrintWriter err = spec.commandLine().getErr();
		if (from.isAfter(to) || chunkDays < 1 || chunkDays > MAX_CHUNK_DAYS || adminKey == null || adminKey.isBlank()) {
			err.println("aq recompute: " + usageProblem());
			err.flush();
			return USAGE_ERROR;
		}
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		long total = ChronoUnit.DAYS.between(from, to) + 1;
		Map<String, Integer> changed = new LinkedHashMap<>();
		long done = 0;
		int stationDays = 0;
		for (LocalDate start = from; !start.isAfter(to); start = start.plusDays(chunkDays)) {
			LocalDate end = start.plusDays(chunkDays - 1L).isAfter(to) ? to : start.plusDays(chunkDays - 1L);
			JsonNode answer;
			try {
				answer = post(http, start, end);
			}
			catch (ServiceException e) {
				err.println("aq recompute: " + e.getMessage() + (start.equals(from) ? " (nothing recomputed)"
						: " (days before " + start + " are done; resume with --from " + start + ")"));
				err.flush();
				return SERVICE_ERROR;
			}
			done += answer.path("days").asInt();
			stationDays += answer.path("stationDays").asInt();
			answer.path("changed")
				.properties()
				.forEach(e -> changed.merge(e.getKey(), e.getValue().asInt(), Integer::sum));
			err.println(Progress.line(done, total, end, changed));
			err.flush();
		}
		PrintWriter out = spec.commandLine().getOut();
		out.printf("recomputed %d days %s..%s: %d station-days assessed; changed %s%n", done, from, to, stationDays,
				Progress.counts(changed));
		out.flush();
		return 0;
	}

	private String usageProblem() {
		if (from.isAfter(to)) {
			return "--from " + from + " is after --to " + to;
		}
		if (chunkDays < 1 || chunkDays > MAX_CHUNK_DAYS) {
			return "--chunk-days must be 1.." + MAX_CHUNK_DAYS + ", got " + chunkDays;
		}
		return "no admin key: give --admin-key or set AQ_ADMIN_KEY";
	}

	private JsonNode post(HttpClient http, LocalDate start, LocalDate end) throws InterruptedException {
		URI uri = URI
			.create(analytics.toString().replaceAll("/+$", "") + "/api/v1/recomputations?from=" + start + "&to=" + end);
		HttpRequest request = HttpRequest.newBuilder(uri)
			.timeout(Duration.ofMinutes(10))
			.header("Authorization", "Bearer " + adminKey)
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.noBody())
			.build();
		HttpResponse<String> response;
		try {
			response = http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (ConnectException e) {
			throw new ServiceException("cannot reach analytics-service at " + analytics);
		}
		catch (IOException e) {
			throw new ServiceException("analytics-service at " + analytics + " failed: " + e.getMessage());
		}
		if (response.statusCode() != 200) {
			throw new ServiceException("analytics-service answered " + response.statusCode() + " for " + start + ".."
					+ end + ": " + detail(response.body()));
		}
		return json.readTree(response.body());
	}

	/** The problem's detail, or the body's first line. */
	private String detail(String body) {
		try {
			JsonNode problem = json.readTree(body);
			if (problem.hasNonNull("detail")) {
				return problem.get("detail").asString();
			}
		}
		catch (RuntimeException e) {
			// not JSON: the first line says enough
		}
		String line = body == null ? "" : body.strip().lines().findFirst().orElse("");
		return line.isEmpty() ? "(no body)" : line;
	}

	private static final class ServiceException extends RuntimeException {

		ServiceException(String message) {
			super(message);
		}

	}

}
