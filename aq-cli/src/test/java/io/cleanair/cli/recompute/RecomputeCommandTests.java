package io.cleanair.cli.recompute;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.cleanair.cli.AqCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code aq recompute} against an HTTP endpoint that answers as analytics-service's
 * recomputations do.
 */
class RecomputeCommandTests {

	private HttpServer server;

	private final List<String> calls = new CopyOnWriteArrayList<>();

	private volatile int failFrom = Integer.MAX_VALUE;

	@BeforeEach
	void start() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/api/v1/recomputations", exchange -> {
			String query = exchange.getRequestURI().getQuery();
			calls.add(exchange.getRequestMethod() + " " + query + " "
					+ exchange.getRequestHeaders().getFirst("Authorization"));
			LocalDate from = LocalDate.parse(query.replaceAll(".*from=([0-9-]+).*", "$1"));
			LocalDate to = LocalDate.parse(query.replaceAll(".*to=([0-9-]+).*", "$1"));
			byte[] body;
			int status;
			if (calls.size() >= failFrom) {
				status = 503;
				body = "{\"type\":\"about:blank\",\"status\":503,\"detail\":\"database unavailable\"}"
					.getBytes(StandardCharsets.UTF_8);
			}
			else {
				status = 200;
				long days = ChronoUnit.DAYS.between(from, to) + 1;
				body = ("{\"from\":\"" + from + "\",\"to\":\"" + to + "\",\"days\":" + days + ",\"stationDays\":"
						+ 12 * days + ",\"changed\":{\"STATION\":2,\"DISTRICT\":1,\"CITY\":1}}")
					.getBytes(StandardCharsets.UTF_8);
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

	private String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	private static String[] run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		CommandLine cli = new CommandLine(new AqCommand());
		cli.setOut(new PrintWriter(out, true));
		cli.setErr(new PrintWriter(err, true));
		int code = cli.execute(args);
		return new String[] { String.valueOf(code), out.toString(), err.toString() };
	}

	@Test
	void aPeriodIsRecomputedInChunksWithProgressAndASummary() {
		String[] r = run("recompute", "--analytics", url(), "--admin-key", "k", "--from", "2014-01-01", "--to",
				"2014-01-17", "--chunk-days", "7");

		assertThat(r[0]).as(r[2]).isEqualTo("0");
		assertThat(calls).containsExactly("POST from=2014-01-01&to=2014-01-07 Bearer k",
				"POST from=2014-01-08&to=2014-01-14 Bearer k", "POST from=2014-01-15&to=2014-01-17 Bearer k");
		assertThat(r[2].lines().toList()).hasSize(3)
			.last()
			.asString()
			.startsWith("[##############################] 100% 17/17 days, through 2014-01-17");
		assertThat(r[1].strip()).isEqualTo("recomputed 17 days 2014-01-01..2014-01-17: 204 station-days assessed;"
				+ " changed 6 station, 3 district, 3 city");
	}

	@Test
	void aRefusalStopsWithOneLineThatSaysWhereToResume() {
		failFrom = 2;

		String[] r = run("recompute", "--analytics", url(), "--admin-key", "k", "--from", "2014-01-01", "--to",
				"2014-01-17");

		assertThat(r[0]).isEqualTo("1");
		assertThat(r[2].lines().toList()).last()
			.asString()
			.isEqualTo("aq recompute: analytics-service answered 503 for"
					+ " 2014-01-08..2014-01-14: database unavailable (days before 2014-01-08 are done; resume with --from"
					+ " 2014-01-08)");
	}

	@Test
	void anUnreachableServiceAndBadArgumentsAreOneLineEach() {
		server.stop(0);

		String[] unreachable = run("recompute", "--analytics", url(), "--admin-key", "k", "--from", "2014-01-01",
				"--to", "2014-01-02");
		String[] backwards = run("recompute", "--admin-key", "k", "--from", "2014-01-02", "--to", "2014-01-01");
		String[] chunk = run("recompute", "--admin-key", "k", "--from", "2014-01-01", "--to", "2014-01-02",
				"--chunk-days", "40");

		assertThat(unreachable[0]).isEqualTo("1");
		assertThat(unreachable[2].strip())
			.isEqualTo("aq recompute: cannot reach analytics-service at " + url() + " (nothing recomputed)");
		assertThat(backwards[0]).isEqualTo("2");
		assertThat(backwards[2].strip()).isEqualTo("aq recompute: --from 2014-01-02 is after --to 2014-01-01");
		assertThat(chunk[2].strip()).isEqualTo("aq recompute: --chunk-days must be 1..31, got 40");
	}

}
