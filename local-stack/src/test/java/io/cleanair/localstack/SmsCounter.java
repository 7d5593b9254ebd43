package io.cleanair.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An SMS webhook that keeps every message it received (the JSON body alert-service's
 * webhook provider posts, with the notification id), so a test can count them.
 */
final class SmsCounter implements AutoCloseable {

	private final HttpServer server;

	private final List<String> received = new CopyOnWriteArrayList<>();

	private SmsCounter(HttpServer server) {
		this.server = server;
	}

	static SmsCounter start() throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		SmsCounter counter = new SmsCounter(server);
		server.createContext("/sms", counter::handle);
		server.start();
		return counter;
	}

	String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/sms";
	}

	List<String> received() {
		return List.copyOf(received);
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange; InputStream body = exchange.getRequestBody()) {
			received.add(new String(body.readAllBytes(), StandardCharsets.UTF_8));
			byte[] answer = "{\"status\":\"queued\"}".getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(202, answer.length);
			exchange.getResponseBody().write(answer);
		}
	}

	@Override
	public void close() {
		server.stop(0);
	}

}
