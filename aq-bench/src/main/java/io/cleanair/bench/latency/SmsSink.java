package io.cleanair.bench.latency;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in SMS gateway on the loopback address: notes when the first request naming
 * each station arrives (alert-service's webhook body carries the SMS text, which names
 * the station) and answers 202.
 */
public final class SmsSink implements AutoCloseable {

	private final HttpServer server;

	private final Pattern station;

	private final Map<String, Long> arrivals = new ConcurrentHashMap<>();

	/**
	 * @param stationPattern finds the station id in a request body (group 0)
	 */
	public SmsSink(int port, Pattern stationPattern) throws IOException {
		this.station = stationPattern;
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
		server.createContext("/sms", this::handle);
		server.setExecutor(Executors.newFixedThreadPool(4));
		server.start();
	}

	private void handle(HttpExchange exchange) throws IOException {
		long arrived = System.nanoTime();
		try (InputStream body = exchange.getRequestBody()) {
			Matcher m = station.matcher(new String(body.readAllBytes(), StandardCharsets.UTF_8));
			if (m.find()) {
				arrivals.putIfAbsent(m.group(), arrived);
			}
		}
		byte[] answer = "{\"status\":\"queued\"}".getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(202, answer.length);
		exchange.getResponseBody().write(answer);
		exchange.close();
	}

	/** System.nanoTime() when the first SMS naming the station arrived, or null. */
	public Long arrival(String stationId) {
		return arrivals.get(stationId);
	}

	@Override
	public void close() {
		server.stop(0);
		((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
	}

}
