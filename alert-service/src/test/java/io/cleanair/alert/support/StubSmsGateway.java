package io.cleanair.alert.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An SMS provider's HTTP API in the test: records every request (with its arrival time)
 * and answers with the status and body set, 202 {@code {"status":"queued"}} by default.
 */
public final class StubSmsGateway implements AutoCloseable {

	private final HttpServer server;

	private final List<Request> requests = new CopyOnWriteArrayList<>();

	private volatile int status = 202;

	private volatile String answer = "{\"status\":\"queued\"}";

	public StubSmsGateway() {
		try {
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		server.createContext("/", this::handle);
		server.setExecutor(Executors.newFixedThreadPool(4));
		server.start();
	}

	public String url(String path) {
		return "http://127.0.0.1:" + server.getAddress().getPort() + path;
	}

	public void answer(int status, String body) {
		this.status = status;
		this.answer = body;
	}

	public void healthy() {
		answer(202, "{\"status\":\"queued\"}");
	}

	public List<Request> requests() {
		return List.copyOf(requests);
	}

	public void clear() {
		requests.clear();
	}

	private void handle(HttpExchange exchange) throws IOException {
		long arrived = System.nanoTime();
		try (exchange; InputStream in = exchange.getRequestBody()) {
			String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			requests
				.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
						Map.copyOf(
								exchange.getRequestHeaders()
									.entrySet()
									.stream()
									.collect(java.util.stream.Collectors.toMap(e -> e.getKey().toLowerCase(),
											e -> String.join(",", e.getValue()), (a, b) -> a))),
						body, arrived, status));
			byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
			if (bytes.length > 0) {
				exchange.getResponseBody().write(bytes);
			}
		}
	}

	@Override
	public void close() {
		server.stop(0);
	}

	/** One request as the gateway saw it; {@code answeredStatus} is what it answered. */
	public record Request(String method, String uri, Map<String, String> headers, String body, long arrivedNanos,
			int answeredStatus) {
	}

}
