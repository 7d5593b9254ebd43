package io.cleanair.cli.briefing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code aq briefing}: fetches the leading group's briefing from alert-service
 * ({@code GET /api/v1/briefings/{period}?date=}) as HTML or PDF, and prints it or saves
 * it to a file.
 */
@Command(name = "briefing", mixinStandardHelpOptions = true,
		description = {
				"Fetch the leading group's briefing (daily, weekly or monthly) from alert-service as HTML or PDF.",
				"Prints it (a PDF only when the output is not a terminal) or saves it with --output." },
		footer = { "Exit codes: 0 ok, 1 the service refused or could not be reached (one line says why), 2 bad"
				+ " arguments." })
public class BriefingCommand implements Callable<Integer> {

	static final int SERVICE_ERROR = 1;
	static final int USAGE_ERROR = 2;

	/** The formats and their media types. */
	enum Format {

		html("text/html"), pdf("application/pdf");

		final String mediaType;

		Format(String mediaType) {
			this.mediaType = mediaType;
		}

	}

	@Spec
	CommandSpec spec;

	@Option(names = "--period", defaultValue = "daily", paramLabel = "PERIOD",
			description = "daily, weekly or monthly. Default: ${DEFAULT-VALUE}.")
	String period;

	@Option(names = "--date", paramLabel = "DATE",
			description = "The last day of the period, e.g. 2026-11-30. Default: yesterday in the city's zone.")
	LocalDate date;

	@Option(names = "--format", defaultValue = "html", paramLabel = "FORMAT",
			description = "html or pdf. Default: ${DEFAULT-VALUE}.")
	Format format;

	@Option(names = "--lang", defaultValue = "zh", paramLabel = "LANG",
			description = "zh or en. Default: ${DEFAULT-VALUE}.")
	String language;

	@Option(names = { "-o", "--output" }, paramLabel = "FILE", description = "Save to this file instead of printing.")
	Path output;

	@Option(names = "--alert", defaultValue = "http://localhost:8083", paramLabel = "URL",
			description = "alert-service. Default: ${DEFAULT-VALUE}.")
	URI alert;

	@Option(names = "--key", defaultValue = "${env:AQ_ADMIN_KEY}", paramLabel = "KEY",
			description = "An API key of alert-service: the admin's or an official's (default: AQ_ADMIN_KEY).")
	String key;

	/** Where a printed briefing goes (standard output; tests replace it). */
	OutputStream stdout = System.out;

	@Override
	public Integer call() throws InterruptedException {
		PrintWriter err = spec.commandLine().getErr();
		if (!period.matches("daily|weekly|monthly") || !language.matches("zh|en") || key == null || key.isBlank()) {
			err.println("aq briefing: " + (key == null || key.isBlank() ? "no key: give --key or set AQ_ADMIN_KEY"
					: "--period must be daily, weekly or monthly and --lang zh or en"));
			err.flush();
			return USAGE_ERROR;
		}
		if (format == Format.pdf && output == null && System.console() != null && stdout == System.out) {
			err.println("aq briefing: a PDF is not printed to a terminal: give --output FILE or redirect the output");
			err.flush();
			return USAGE_ERROR;
		}
		URI uri = URI.create(alert.toString().replaceAll("/+$", "") + "/api/v1/briefings/" + period + "?lang="
				+ language + (date == null ? "" : "&date=" + date));
		HttpRequest request = HttpRequest.newBuilder(uri)
			.timeout(Duration.ofMinutes(2))
			.header("Authorization", "Bearer " + key)
			.header("Accept", format.mediaType)
			.GET()
			.build();
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		HttpResponse<byte[]> response;
		try {
			response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (ConnectException e) {
			return fail(err, "cannot reach alert-service at " + alert);
		}
		catch (IOException e) {
			return fail(err, "alert-service at " + alert + " failed: " + e.getMessage());
		}
		if (response.statusCode() / 100 != 2) {
			String body = new String(response.body(), StandardCharsets.UTF_8);
			return fail(err, "alert-service answered " + response.statusCode() + ": " + detail(body));
		}
		try {
			if (output != null) {
				Files.write(output, response.body());
				PrintWriter out = spec.commandLine().getOut();
				out.printf("saved the %s briefing%s as %s (%d bytes)%n", period, date == null ? "" : " of " + date,
						output, response.body().length);
				out.flush();
			}
			else {
				stdout.write(response.body());
				stdout.flush();
				if (stdout instanceof PrintStream p && p.checkError()) {
					return fail(err, "could not write the briefing");
				}
			}
		}
		catch (IOException e) {
			return fail(err, "could not write the briefing: " + e.getMessage());
		}
		return 0;
	}

	private static int fail(PrintWriter err, String message) {
		err.println("aq briefing: " + message);
		err.flush();
		return SERVICE_ERROR;
	}

	/** The problem's detail, or the start of the body. */
	private static String detail(String body) {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"detail\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"")
			.matcher(body);
		if (m.find()) {
			return m.group(1);
		}
		return body.length() > 200 ? body.substring(0, 200) + "…" : body;
	}

}
