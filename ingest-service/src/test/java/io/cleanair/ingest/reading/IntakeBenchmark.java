package io.cleanair.ingest.reading;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import io.cleanair.ingest.support.FixedClock;
import io.cleanair.ingest.support.IngestClient;
import io.cleanair.ingest.support.IngestIntegrationTest;
import io.cleanair.ingest.support.ReadingsLoad;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Accepted readings per second for batches of 1, 100, 1,000 and 10,000 readings, against
 * the real broker and database, with 8 requests in flight, and what each reading cost in
 * CPU time: of the whole JVM (the service, the embedded broker and this client), of the
 * service's own threads (request threads, the bounded-elastic workers, the Kafka
 * producer's sender), and of the PostgreSQL server. CPU time depends far less than
 * throughput on what else runs on the machine. Prints figures; asserts nothing about
 * time. Not part of {@code verify}: run it as described in docs/ingest-service.md.
 */
@IngestIntegrationTest(ownContext = true)
@TestPropertySource(properties = { "logging.level.root=WARN" })
@AutoConfigureWebTestClient(timeout = "60s")
@Import(FixedClock.class)
class IntakeBenchmark {

	static final int PARALLEL = 8;

	@Autowired
	WebTestClient web;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void acceptedReadingsPerSecondByBatchSize() {
		IngestClient ingest = new IngestClient(web);
		// warm-up: JIT, connections, producer metadata
		run(ingest, "W", 100, 20);
		run(ingest, "WW", 1_000, 20);
		List<String> lines = new ArrayList<>();
		for (int[] run : new int[][] { { 1, 3_000 }, { 100, 200 }, { 1_000, 200 }, { 10_000, 20 } }) {
			lines.add(run(ingest, "B" + run[0], run[0], run[1]));
		}
		System.out.println("\nIntake throughput (" + PARALLEL + " requests in flight, "
				+ Runtime.getRuntime().availableProcessors() + " cores)");
		lines.forEach(System.out::println);
	}

	private String run(IngestClient ingest, String prefix, int batchSize, int batches) {
		// a station per 1,200 readings keeps every (station, pollutant, hour) distinct
		// within 200 days
		int stations = Math.max(1, (batchSize * batches + 1199) / 1200);
		List<String> ids = new ArrayList<>();
		for (int s = 0; s < stations; s++) {
			ids.add(prefix + "-" + s);
			ingest.registerStation(prefix + "-" + s, "bench");
		}
		String key = providerKey(prefix, ids);
		List<String> bodies = new ArrayList<>(batches);
		int[] next = new int[stations];
		for (int b = 0; b < batches; b++) {
			StringBuilder body = new StringBuilder("{\"readings\":[");
			for (int i = 0; i < batchSize; i++) {
				int s = (b * batchSize + i) % stations;
				// each station's hours go forward, as live data does
				body.append(i == 0 ? "" : ",").append(ReadingsLoad.reading(ids.get(s), 1199 - next[s]++, 35));
			}
			bodies.add(body.append("]}").toString());
		}
		CpuTimes before = CpuTimes.now(postmaster());
		long started = System.nanoTime();
		List<Map<String, Object>> answers = new ReadingsLoad(port, key).post(bodies, PARALLEL);
		double seconds = (System.nanoTime() - started) / 1e9;
		CpuTimes spent = CpuTimes.now(postmaster()).minus(before);
		long accepted = answers.stream().mapToLong(a -> (Integer) a.get("accepted")).sum();
		return ("  batch size %6d: %7d readings in %6.2f s = %8.0f accepted readings/s (%.1f requests/s);"
				+ " CPU µs per reading: JVM %.1f, service threads %.1f, PostgreSQL %.1f")
			.formatted(batchSize, accepted, seconds, accepted / seconds, batches / seconds,
					spent.jvmNanos / 1e3 / accepted, spent.serviceNanos / 1e3 / accepted,
					spent.postgresNanos / 1e3 / accepted);
	}

	/** The PostgreSQL server process that this test's connections are children of. */
	private long postmaster() {
		long backend = jdbc.sql("SELECT pg_backend_pid()").query(Integer.class).single();
		return ProcStat.of(backend).map(ProcStat::parent).orElse(-1L);
	}

	/**
	 * CPU time used so far by the JVM, by the service's threads (threads that end in
	 * between are missed: the service's pools keep theirs for a minute), and by the
	 * PostgreSQL server and its backends.
	 */
	private record CpuTimes(long jvmNanos, long serviceNanos, long postgresNanos) {

		static final List<String> SERVICE_THREADS = List.of("reactor-http-", "webflux-http-", "boundedElastic-",
				"kafka-producer-network-thread");

		static CpuTimes now(long postmaster) {
			long jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
				.getProcessCpuTime();
			ThreadMXBean threads = ManagementFactory.getThreadMXBean();
			long service = 0;
			for (ThreadInfo t : threads.getThreadInfo(threads.getAllThreadIds())) {
				if (t != null && SERVICE_THREADS.stream().anyMatch(t.getThreadName()::startsWith)) {
					service += Math.max(0, threads.getThreadCpuTime(t.getThreadId()));
				}
			}
			return new CpuTimes(jvm, service, ProcStat.serverTotal(postmaster));
		}

		CpuTimes minus(CpuTimes earlier) {
			return new CpuTimes(jvmNanos - earlier.jvmNanos, serviceNanos - earlier.serviceNanos,
					postgresNanos - earlier.postgresNanos);
		}
	}

	/**
	 * The fields of {@code /proc/<pid>/stat} needed here; absent where there is no such
	 * file.
	 */
	private record ProcStat(long pid, long parent, long cpuNanos) {

		/**
		 * Linux reports CPU time in clock ticks of 1/100 s on every usual configuration.
		 */
		static final long NANOS_PER_TICK = 10_000_000L;

		static Optional<ProcStat> of(long pid) {
			try {
				String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
				// the command name in parentheses may hold spaces: fields are counted
				// after its closing one
				String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
				return Optional.of(new ProcStat(pid, Long.parseLong(f[1]),
						(Long.parseLong(f[11]) + Long.parseLong(f[12])) * NANOS_PER_TICK));
			}
			catch (IOException | RuntimeException e) {
				return Optional.empty();
			}
		}

		/** The server process and all its children (backends and background workers). */
		static long serverTotal(long postmaster) {
			if (postmaster <= 0) {
				return 0;
			}
			try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
				return procs.map(p -> p.getFileName().toString())
					.filter(n -> n.chars().allMatch(Character::isDigit))
					.map(n -> of(Long.parseLong(n)))
					.flatMap(Optional::stream)
					.filter(s -> s.pid == postmaster || s.parent == postmaster)
					.mapToLong(ProcStat::cpuNanos)
					.sum();
			}
			catch (IOException e) {
				return 0;
			}
		}
	}

	private String providerKey(String provider, List<String> stations) {
		return (String) web.post()
			.uri("/api/v1/providers/{p}/keys", provider)
			.header("Authorization", "Bearer " + IngestClient.ADMIN_KEY)
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("stations", stations))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("key");
	}

}
