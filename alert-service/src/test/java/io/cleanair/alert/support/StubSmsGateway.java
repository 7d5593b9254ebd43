package io.cleanair.alert.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An SMS provider's HTTP API in the test: records every request (with its arrival time)
 * and answers with the status and body set, 202 {@code {"status":"queued"}} by default,
 * after the delay set (none by default). Like a real provider it de-duplicates on the
 * {@code Idempotency-Key} header: a key it accepted before is answered as before and not
 * delivered again ({@link #delivered()} holds what reached a phone). A slow answer is
 * still a delivery: the text went out, only the answer came late.
 */
public final class StubSmsGateway implements AutoCloseable {

	private final HttpServer server;

	private final List<Request> requests = new CopyOnWriteArrayList<>();

	private volatile int status = 202;

	private volatile String answer = "{\"status\":\"queued\"}";

	private volatile Duration delay = Duration.ZERO;

	private final List<Request> delivered = new CopyOnWriteArrayList<>();

	/** The answer given to each idempotency key the gateway accepted. */
	private final Map<String, Answer> accepted = new ConcurrentHashMap<>();

	public StubSmsGateway() {
		try {
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		server.createContext("/", this::handle);
		server.setExecutor(Executors.newFixedThreadPool(8));
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
		delay = Duration.ZERO;
	}

	/** Answers only after this long (the message itself is taken at once). */
	public void answerAfter(Duration delay) {
		this.delay = delay;
	}

	/** The texts that reached a phone: accepted, each idempotency key once. */
	public List<Request> delivered() {
		return List.copyOf(delivered);
	}

	public List<Request> requests() {
		return List.copyOf(requests);
	}

	public void clear() {
		requests.clear();
		delivered.clear();
		accepted.clear();
	}

	private void handle(HttpExchange exchange) throws IOException {
		long arrived = System.nanoTime();
		try (exchange; InputStream in = exchange.getRequestBody()) {
			String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			Map<String, String> headers = Map.copyOf(exchange.getRequestHeaders()
				.entrySet()
				.stream()
				.collect(java.util.stream.Collectors.toMap(e -> e.getKey().toLowerCase(),
						e -> String.join(",", e.getValue()), (a, b) -> a)));
			String key = headers.get("idempotency-key");
			Answer previous = key == null ? null : accepted.get(key);
			Answer given = previous != null ? previous : new Answer(status, answer);
			Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().toString(), headers,
					body, arrived, given.status());
			requests.add(request);
			if (previous == null && given.status() / 100 == 2) {
				delivered.add(request);
				if (key != null) {
					accepted.put(key, given);
				}
			}
			if (!delay.isZero()) {
				// the provider is slow to answer, not slow to send
				try {
					Thread.sleep(delay.toMillis());
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}
			byte[] bytes = given.body().getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(given.status(), bytes.length == 0 ? -1 : bytes.length);
			if (bytes.length > 0) {
				exchange.getResponseBody().write(bytes);
			}
		}
		catch (IOException e) {
			// the client gave up waiting and closed the connection
		}
	}

	private record Answer(int status, String body) {
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
