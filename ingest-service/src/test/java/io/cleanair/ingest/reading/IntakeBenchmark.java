package io.cleanair.ingest.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.cleanair.ingest.IngestApplication;
import io.cleanair.ingest.support.FixedClock;
import io.cleanair.ingest.support.IngestClient;
import io.cleanair.ingest.support.ReadingsLoad;
import io.cleanair.testsupport.AqTestProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Accepted readings per second for batches of 1, 100 and 10,000 readings, against the real broker and
 * database, with 8 requests in flight. Prints figures; asserts nothing about time. Not part of
 * {@code verify}: run it as described in docs/ingest-service.md.
 */
@SpringBootTest(classes = IngestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { IngestApplication.CONFIG_NAME, IngestClient.ADMIN_KEY_PROPERTY, "logging.level.root=WARN" })
@AutoConfigureWebTestClient(timeout = "60s")
@Import(FixedClock.class)
class IntakeBenchmark {

	static final int PARALLEL = 8;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		AqTestProperties.register(registry, IntakeBenchmark.class);
	}

	@Autowired
	WebTestClient web;

	@LocalServerPort
	int port;

	@Test
	void acceptedReadingsPerSecondByBatchSize() {
		IngestClient ingest = new IngestClient(web);
		// warm-up: JIT, connections, producer metadata
		run(ingest, "W", 100, 20);
		List<String> lines = new ArrayList<>();
		for (int[] run : new int[][] { { 1, 3_000 }, { 100, 200 }, { 10_000, 4 } }) {
			lines.add(run(ingest, "B" + run[0], run[0], run[1]));
		}
		System.out.println("\nIntake throughput (" + PARALLEL + " requests in flight, "
				+ Runtime.getRuntime().availableProcessors() + " cores)");
		lines.forEach(System.out::println);
	}

	private String run(IngestClient ingest, String prefix, int batchSize, int batches) {
		// a station per 1,200 readings keeps every (station, pollutant, hour) distinct within 200 days
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
				body.append(i == 0 ? "" : ",").append(ReadingsLoad.reading(ids.get(s), next[s]++, 35));
			}
			bodies.add(body.append("]}").toString());
		}
		long started = System.nanoTime();
		List<Map<String, Object>> answers = new ReadingsLoad(port, key).post(bodies, PARALLEL);
		double seconds = (System.nanoTime() - started) / 1e9;
		long accepted = answers.stream().mapToLong(a -> (Integer) a.get("accepted")).sum();
		return "  batch size %6d: %7d readings in %6.2f s = %8.0f accepted readings/s (%.1f requests/s)"
			.formatted(batchSize, accepted, seconds, accepted / seconds, batches / seconds);
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
