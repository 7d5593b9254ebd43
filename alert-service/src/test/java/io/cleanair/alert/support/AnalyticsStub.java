package io.cleanair.alert.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/**
 * analytics-service's documented API served from a small local HTTP server: each answer
 * is JSON shaped exactly as analytics' controllers write it (see {@link AnalyticsJson}),
 * keyed by path and query. An unknown request gets analytics' 404 problem. Requests are
 * recorded with their {@code Authorization} header.
 */
public final class AnalyticsStub implements AutoCloseable {

	private final HttpServer server;

	private final Map<String, String> answers = new ConcurrentHashMap<>();

	private final List<String> requests = new CopyOnWriteArrayList<>();

	private final List<String> authorizations = new CopyOnWriteArrayList<>();

	public AnalyticsStub() {
		try {
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		server.createContext("/", exchange -> {
			String key = exchange.getRequestURI().getPath() + (exchange.getRequestURI().getRawQuery() == null ? ""
					: "?" + exchange.getRequestURI().getRawQuery());
			requests.add(key);
			authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
			String body = answers.get(key);
			if (body == null) {
				body = answers.get(exchange.getRequestURI().getPath());
			}
			int status = body == null ? 404 : 200;
			if (body == null) {
				body = "{\"type\":\"https://aq.example/problems/not-found\",\"title\":\"Not Found\",\"status\":404,"
						+ "\"detail\":\"no answer recorded for " + key + "\"}";
			}
			byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders()
				.add("Content-Type", status == 200 ? "application/json" : "application/problem+json");
			exchange.sendResponseHeaders(status, bytes.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
		});
		server.start();
	}

	/**
	 * Answers {@code pathAndQuery} (exactly, or a bare path for any query) with this
	 * JSON.
	 */
	public AnalyticsStub on(String pathAndQuery, String json) {
		answers.put(pathAndQuery, json);
		return this;
	}

	public String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	public List<String> requests() {
		return List.copyOf(requests);
	}

	public List<String> authorizations() {
		return List.copyOf(authorizations);
	}

	@Override
	public void close() {
		server.stop(0);
	}

}
