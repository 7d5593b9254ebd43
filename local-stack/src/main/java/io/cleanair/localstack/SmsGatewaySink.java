package io.cleanair.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stands in for an SMS provider's HTTP API: {@code POST /sms} with any body is logged and
 * answered {@code 202 {"status":"queued"}}.
 */
final class SmsGatewaySink implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger("sms-sink");

	private final HttpServer server;

	private SmsGatewaySink(HttpServer server) {
		this.server = server;
	}

	static SmsGatewaySink start(int port) throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
		server.createContext("/sms", SmsGatewaySink::handle);
		server.start();
		return new SmsGatewaySink(server);
	}

	int port() {
		return server.getAddress().getPort();
	}

	private static void handle(HttpExchange exchange) throws IOException {
		try (exchange; InputStream body = exchange.getRequestBody()) {
			if (!"POST".equals(exchange.getRequestMethod())) {
				exchange.sendResponseHeaders(405, -1);
				return;
			}
			log.info("SMS {}", new String(body.readAllBytes(), StandardCharsets.UTF_8));
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
