package io.cleanair.cli.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.cleanair.cli.AqCommand;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code aq briefing} against an HTTP endpoint that answers as alert-service's briefings
 * do.
 */
class BriefingCommandTests {

	private HttpServer server;

	private final List<String> calls = new CopyOnWriteArrayList<>();

	@BeforeEach
	void start() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/api/v1/briefings/", exchange -> {
			String accept = exchange.getRequestHeaders().getFirst("Accept");
			calls.add(exchange.getRequestURI() + " " + accept + " "
					+ exchange.getRequestHeaders().getFirst("Authorization"));
			byte[] body;
			int status = 200;
			if (exchange.getRequestURI().getQuery().contains("date=1999")) {
				status = 502;
				body = "{\"type\":\"https://cleanair.io/problems/analytics-unavailable\",\"status\":502,\"detail\":\"analytics down\"}"
					.getBytes(StandardCharsets.UTF_8);
			}
			else if ("application/pdf".equals(accept)) {
				body = "%PDF-1.7 briefing".getBytes(StandardCharsets.US_ASCII);
			}
			else {
				body = "<html>东城区 通报</html>".getBytes(StandardCharsets.UTF_8);
			}
			exchange.sendResponseHeaders(status, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		server.start();
	}

	@AfterEach
	void stop() {
		server.stop(0);
	}

	private int run(ByteArrayOutputStream stdout, StringWriter err, String... args) {
		CommandLine cli = new CommandLine(new AqCommand());
		cli.setErr(new PrintWriter(err));
		cli.setOut(new PrintWriter(new StringWriter()));
		BriefingCommand command = cli.getSubcommands().get("briefing").getCommand();
		command.stdout = stdout;
		return cli.execute(args);
	}

	private String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	@Test
	void printsTheHtmlBriefingOfTheDay() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int exit = run(out, new StringWriter(), "briefing", "--period", "daily", "--date", "2026-11-30", "--alert",
				url(), "--key", "k1");
		assertThat(exit).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("<html>东城区 通报</html>");
		assertThat(calls).containsExactly("/api/v1/briefings/daily?lang=zh&date=2026-11-30 text/html Bearer k1");
	}

	@Test
	void savesThePdf(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("b.pdf");
		int exit = run(new ByteArrayOutputStream(), new StringWriter(), "briefing", "--format", "pdf", "--period",
				"weekly", "--output", file.toString(), "--alert", url(), "--key", "k1");
		assertThat(exit).isZero();
		assertThat(Files.readString(file, StandardCharsets.US_ASCII)).startsWith("%PDF-");
		assertThat(calls).containsExactly("/api/v1/briefings/weekly?lang=zh application/pdf Bearer k1");
	}

	@Test
	void saysWhyTheServiceRefused() {
		StringWriter err = new StringWriter();
		int exit = run(new ByteArrayOutputStream(), err, "briefing", "--period", "daily", "--alert", url(), "--key",
				"k1", "--date", "1999-01-01", "--lang", "en");
		assertThat(exit).isEqualTo(BriefingCommand.SERVICE_ERROR);
		assertThat(err.toString()).contains("alert-service answered 502: analytics down");
		StringWriter err2 = new StringWriter();
		assertThat(run(new ByteArrayOutputStream(), err2, "briefing", "--period", "yearly", "--alert", url(), "--key",
				"k"))
			.isEqualTo(BriefingCommand.USAGE_ERROR);
		StringWriter err3 = new StringWriter();
		assertThat(run(new ByteArrayOutputStream(), err3, "briefing", "--alert", "http://127.0.0.1:1", "--key", "k"))
			.isEqualTo(BriefingCommand.SERVICE_ERROR);
		assertThat(err3.toString()).contains("cannot reach alert-service");
	}

}
