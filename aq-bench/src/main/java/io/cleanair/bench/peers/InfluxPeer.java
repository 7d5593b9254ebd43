package io.cleanair.bench.peers;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import io.cleanair.bench.stack.BenchReading;
import io.cleanair.bench.stack.Payloads;

/**
 * The peer: the same readings written to a running InfluxDB 1.x with its line protocol
 * ({@code POST /write?db=aq_bench&precision=s}), in the same batches and with as many
 * requests in flight as the load; the database is created before and dropped after.
 */
public final class InfluxPeer {

	public static final String DATABASE = "aq_bench";

	private final HttpClient http;

	private final URI base;

	public InfluxPeer(HttpClient http, URI base) {
		this.http = http;
		this.base = URI.create(base.toString().replaceAll("/+$", ""));
	}

	/** Whether an InfluxDB answers {@code /ping}. */
	public boolean reachable() {
		try {
			HttpResponse<Void> ping = http.send(
					HttpRequest.newBuilder(URI.create(base + "/ping")).timeout(Duration.ofSeconds(3)).build(),
					HttpResponse.BodyHandlers.discarding());
			return ping.statusCode() == 204;
		}
		catch (IOException e) {
			return false;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	public double readingsPerSecond(List<List<BenchReading>> batches, int inFlight) throws Exception {
		List<String> bodies = new ArrayList<>(batches.size());
		long points = 0;
		for (List<BenchReading> batch : batches) {
			bodies.add(Payloads.lineProtocol(batch));
			points += batch.size();
		}
		query("DROP DATABASE " + DATABASE);
		query("CREATE DATABASE " + DATABASE);
		URI write = URI.create(base + "/write?db=" + DATABASE + "&precision=s");
		AtomicInteger next = new AtomicInteger();
		AtomicReference<String> failure = new AtomicReference<>();
		long start = System.nanoTime();
		List<Thread> threads = new ArrayList<>();
		for (int t = 0; t < inFlight; t++) {
			Thread thread = new Thread(() -> {
				for (int i = next.getAndIncrement(); i < bodies.size()
						&& failure.get() == null; i = next.getAndIncrement()) {
					try {
						HttpResponse<String> response = http.send(HttpRequest.newBuilder(write)
							.timeout(Duration.ofSeconds(60))
							.POST(HttpRequest.BodyPublishers.ofString(bodies.get(i)))
							.build(), HttpResponse.BodyHandlers.ofString());
						if (response.statusCode() != 204) {
							failure.compareAndSet(null,
									"write answered " + response.statusCode() + ": " + response.body());
						}
					}
					catch (Exception e) {
						failure.compareAndSet(null, e.toString());
					}
				}
			}, "bench-influx-" + t);
			thread.start();
			threads.add(thread);
		}
		for (Thread thread : threads) {
			thread.join();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		query("DROP DATABASE " + DATABASE);
		if (failure.get() != null) {
			throw new IOException(failure.get());
		}
		return points / seconds;
	}

	private void query(String statement) throws IOException, InterruptedException {
		URI uri = URI.create(base + "/query?q=" + URLEncoder.encode(statement, StandardCharsets.UTF_8));
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri)
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() / 100 != 2) {
			throw new IOException(statement + " answered " + response.statusCode() + ": " + response.body());
		}
	}

}
