package io.cleanair.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * One service instance as a JVM of its own (this test's classpath, the service's main
 * class), so that it can be killed for real: {@link #kill()} is SIGKILL, no shutdown hook
 * runs, its sockets and database sessions are cut by the operating system. Its output
 * goes to {@code target/scale-out/<name>.log}.
 */
final class ServiceProcess implements AutoCloseable {

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String name;

	private final int port;

	private final Process process;

	private ServiceProcess(String name, int port, Process process) {
		this.name = name;
		this.port = port;
		this.process = process;
	}

	/**
	 * Starts {@code mainClass} with {@code --server.port},
	 * {@code --spring.kafka.client-id} (the instance's name, so the consumer group shows
	 * whose partitions are whose) and the given properties as {@code --key=value}
	 * arguments.
	 */
	static ServiceProcess start(String name, Class<?> mainClass, Map<String, String> properties) {
		int port = freePort();
		List<String> command = new ArrayList<>(List.of(
				Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m", "-XX:+UseSerialGC",
				"-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), mainClass.getName(),
				"--server.port=" + port, "--spring.kafka.client-id=" + name, "--spring.main.banner-mode=off"));
		properties.forEach((key, value) -> command.add("--" + key + "=" + value));
		try {
			Path log = Path.of("target", "scale-out", name + ".log");
			Files.createDirectories(log.getParent());
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			// should the test JVM end without closing it, the instance does not outlive
			// it
			Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly, "stop-" + name));
			return new ServiceProcess(name, port, process);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not start " + name, e);
		}
	}

	String name() {
		return name;
	}

	int port() {
		return port;
	}

	String url() {
		return "http://localhost:" + port;
	}

	/** Waits until the instance answers its readiness probe with 200. */
	ServiceProcess awaitReady(Duration atMost) {
		await(name + " ready").atMost(atMost).pollInterval(Duration.ofMillis(500)).until(() -> {
			if (!process.isAlive()) {
				throw new IllegalStateException(name + " exited with " + process.exitValue() + ", see its log");
			}
			return ready();
		});
		return this;
	}

	private boolean ready() {
		try {
			HttpRequest request = HttpRequest.newBuilder(URI.create(url() + "/actuator/health/readiness"))
				.timeout(Duration.ofSeconds(10))
				.build();
			return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
		}
		catch (IOException e) {
			return false;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** SIGKILL, and waits until the process is gone. */
	void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor(30, TimeUnit.SECONDS);
	}

	/** A graceful stop (SIGTERM), SIGKILL if it lingers. */
	@Override
	public void close() throws InterruptedException {
		if (process.isAlive()) {
			process.destroy();
			if (!process.waitFor(20, TimeUnit.SECONDS)) {
				kill();
			}
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
