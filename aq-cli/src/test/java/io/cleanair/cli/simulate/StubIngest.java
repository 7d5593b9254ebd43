package io.cleanair.cli.simulate;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A stand-in for ingest-service that records every request and answers as told. */
final class StubIngest implements AutoCloseable {

	record Request(String method, String path, String authorization, String contentType, String body) {
	}

	final List<Request> requests = new CopyOnWriteArrayList<>();

	private final HttpServer server;

	volatile int readingsStatus = 202;

	volatile String readingsBody = "{\"accepted\":0,\"rejected\":[]}";

	volatile int stationsStatus = 201;

	StubIngest() throws IOException {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/", exchange -> {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
					exchange.getRequestHeaders().getFirst("Authorization"),
					exchange.getRequestHeaders().getFirst("Content-Type"), body));
			boolean readings = exchange.getRequestURI().getPath().equals("/api/v1/readings");
			byte[] answer = (readings ? readingsBody : "{}").getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(readings ? readingsStatus : stationsStatus, answer.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(answer);
			}
		});
		server.start();
	}

	URI uri() {
		return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
	}

	List<Request> readingPosts() {
		return requests.stream().filter(r -> r.path().equals("/api/v1/readings")).toList();
	}

	@Override
	public void close() {
		server.stop(0);
	}

}
