package io.cleanair.bench.latency;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.cleanair.bench.stack.StackClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The one probe against a stub of ingest and analytics: markers wait for each reading to
 * be answered, alert triggers for their SMS at the end.
 */
class ProbeTests {

	static final Pattern STATION = Pattern.compile("\"stationId\":\"([^\"]+)\"");

	final HttpClient http = StackClient.httpClient();

	final Set<String> stored = ConcurrentHashMap.newKeySet();

	HttpServer stub;

	volatile URI sms;

	@AfterEach
	void stop() {
		stub.stop(0);
	}

	@Test
	void markersWaitForEachReadingToBeQueryable() throws Exception {
		StackClient stack = stack();
		Probe markers = Probe.markers(stack, "key", "m", "d", Instant.parse("2025-01-01T00:00:00Z"),
				Duration.ofMillis(1));
		Thread thread = new Thread(markers);
		thread.start();
		await().atMost(Duration.ofSeconds(10)).until(() -> markers.latencies().count() >= 3);
		markers.stop();
		thread.join();
		assertThat(markers.failure()).isNull();
		assertThat(markers.latencies().count()).isGreaterThanOrEqualTo(3).isEqualTo(markers.posted());
	}

	@Test
	void alertTriggersAreAwaitedAtTheSinkAtTheEnd() throws Exception {
		int port;
		try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = free.getLocalPort();
		}
		try (SmsSink sink = new SmsSink(port, Pattern.compile("alert-\\d{4}"))) {
			sms = URI.create("http://127.0.0.1:" + port + "/sms");
			Probe alerts = Probe.alerts(stack(), "key", List.of("alert-0000", "alert-0001"), List.of("z0", "z1"),
					Instant.parse("2025-01-01T00:00:00Z"), Duration.ofMillis(1), sink);
			alerts.run();
			alerts.awaitRest(Duration.ofSeconds(10));
			assertThat(alerts.failure()).isNull();
			assertThat(alerts.posted()).isEqualTo(2);
			assertThat(alerts.latencies().count()).isEqualTo(2);
		}
	}

	/**
	 * ingest accepts every reading and analytics answers it; an alert station's readings
	 * are texted to the sink.
	 */
	private StackClient stack() throws IOException {
		stub = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
		stub.createContext("/api/v1/readings", this::readings);
		stub.createContext("/api/v1/stations/", exchange -> {
			String station = exchange.getRequestURI().getPath().split("/")[4];
			answer(exchange, stored.contains(station) ? "[{\"pollutant\":\"PM2_5\"}]" : "[]");
		});
		stub.start();
		URI base = URI.create("http://127.0.0.1:" + stub.getAddress().getPort());
		return new StackClient(http, base, base, base, "admin");
	}

	private void readings(HttpExchange exchange) throws IOException {
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		Matcher m = STATION.matcher(body);
		int accepted = 0;
		while (m.find()) {
			accepted++;
			stored.add(m.group(1));
			if (m.group(1).startsWith("alert-")) {
				String text = "{\"text\":\"heavy pollution at " + m.group(1) + "\"}";
				http.sendAsync(HttpRequest.newBuilder(sms).POST(HttpRequest.BodyPublishers.ofString(text)).build(),
						HttpResponse.BodyHandlers.discarding());
			}
		}
		answer(exchange, "{\"accepted\":" + accepted + "}");
	}

	private static void answer(HttpExchange exchange, String json) throws IOException {
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

}
