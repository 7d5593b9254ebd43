package io.cleanair.alert.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.cleanair.alert.support.AlertIntegrationTest;
import io.cleanair.alert.support.StubSmsGateway;
import io.cleanair.core.event.AlertSignal;
import io.cleanair.core.pollutant.Pollutant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * How long from a signal arriving on Kafka to the SMS gateway receiving the request: a
 * few hundred heavy-pollution signals, each opening its own incident, paced so the
 * numbers show latency rather than a backlog; the stub gateway notes when each request
 * arrives. Runs only when asked:
 * {@code ./mvnw -pl alert-service -am verify -Dit.test=SignalToSmsLatencyBenchmark -Daq.bench=true
 * -Dsurefire.failIfNoSpecifiedTests=false -Dtest=none}; prints p50/p90/p99/max and writes
 * them to {@code alert-service/target/alert-latency.txt}.
 */
@EnabledIfSystemProperty(named = "aq.bench", matches = "true")
@AlertIntegrationTest
@TestPropertySource(properties = { "spring.config.import=classpath:officials/bench.yml",
		"aq.alert.resilience.sms.rate-limiter.limit-for-period=10000",
		"aq.alert.resilience.email.rate-limiter.limit-for-period=10000" })
class SignalToSmsLatencyBenchmark {

	static final int SIGNALS = Integer.getInteger("aq.bench.signals", 300);

	static final Duration PACE = Duration.ofMillis(Long.getLong("aq.bench.pace-ms", 100));

	static final int WARM_UP = 20;

	@Autowired
	StubSmsGateway gateway;

	@Autowired
	KafkaTemplate<String, Object> kafka;

	@Value("${aq.topics.alert-signals}")
	String topic;

	@Test
	void latencyFromKafkaToTheSmsGateway() throws Exception {
		int total = WARM_UP + SIGNALS;
		Map<Integer, Long> sentAt = new ConcurrentHashMap<>();
		Map<Integer, Long> ackedAt = new ConcurrentHashMap<>();
		long next = System.nanoTime();
		for (int i = 0; i < total; i++) {
			while (System.nanoTime() < next) {
				Thread.onSpinWait();
			}
			next += PACE.toNanos();
			int n = i;
			String district = "d" + (i % 12);
			AlertSignal signal = new AlertSignal(UUID.randomUUID(), AlertSignal.SCHEMA_VERSION,
					AlertSignal.SignalType.HEAVY_POLLUTION, AlertSignal.Severity.WARNING, district, "s" + i,
					Pollutant.PM2_5, "HEAVY_POLLUTION:" + district + ":bench-" + i, "bench #" + i + "#",
					Map.of("iaqiLowerBound", 217.0), Instant.now());
			sentAt.put(n, System.nanoTime());
			kafka.send(topic, district, signal).whenComplete((r, e) -> ackedAt.put(n, System.nanoTime()));
		}
		await().atMost(Duration.ofMinutes(3)).until(() -> gateway.requests().size() >= total);

		Pattern marker = Pattern.compile("bench #(\\d+)#");
		List<Long> fromAck = new ArrayList<>();
		List<Long> fromSend = new ArrayList<>();
		for (StubSmsGateway.Request r : gateway.requests()) {
			Matcher m = marker.matcher(r.body());
			assertThat(m.find()).as(r.body()).isTrue();
			int n = Integer.parseInt(m.group(1));
			if (n >= WARM_UP) {
				fromAck.add(r.arrivedNanos() - ackedAt.get(n));
				fromSend.add(r.arrivedNanos() - sentAt.get(n));
			}
		}
		assertThat(fromAck).hasSize(SIGNALS);
		String report = """
				alert-service latency, signal on Kafka -> SMS gateway request (%d signals after %d warm-up, one every %d ms, \
				%d cores)
				  from broker ack: %s
				  from send():     %s
				"""
			.formatted(SIGNALS, WARM_UP, PACE.toMillis(), Runtime.getRuntime().availableProcessors(), stats(fromAck),
					stats(fromSend));
		System.out.println(report);
		Path out = Path.of("target", "alert-latency.txt");
		try {
			Files.writeString(out, report);
		}
		catch (IOException e) {
			// the report was printed
		}
	}

	private static String stats(List<Long> nanos) {
		long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
		return "p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms, mean %.1f ms".formatted(ms(pct(sorted, 50)),
				ms(pct(sorted, 90)), ms(pct(sorted, 99)), ms(sorted[sorted.length - 1]),
				ms((long) Arrays.stream(sorted).average().orElse(0)));
	}

	private static long pct(long[] sorted, int p) {
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

	private static double ms(long nanos) {
		return nanos / 1_000_000.0;
	}

}
