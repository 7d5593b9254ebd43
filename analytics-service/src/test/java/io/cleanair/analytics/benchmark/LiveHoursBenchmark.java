package io.cleanair.analytics.benchmark;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import io.cleanair.analytics.AnalyticsIntegrationTest;
import io.cleanair.analytics.Readings;
import io.cleanair.core.event.ReadingReceived;
import io.cleanair.core.pollutant.Pollutant;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

import static org.awaitility.Awaitility.await;

/**
 * Prints (never asserts) what current readings cost the consumer as they arrive in
 * operation: every station's hour at once, hour after hour through a day (today), each
 * hour stored before the next is sent. Prints the time per hour of the network, the
 * readings phase per batch (the store statement), the recent-days cache's hits and
 * misses, and the rows written per reading. {@link LiveHoursWithoutCacheBenchmark} runs
 * the same with the cache off; run both in one JVM to compare (docs/benchmarks.md).
 */
@AnalyticsIntegrationTest(ownContext = true)
class LiveHoursBenchmark {

	static final int STATIONS = Integer.getInteger("bench.stations", 200);

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	@Autowired
	KafkaTemplate<String, Object> kafka;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MeterRegistry meters;

	@Value("${aq.topics.readings}")
	String readingsTopic;

	@Value("${aq.recent-days.enabled:true}")
	boolean cacheEnabled;

	@Test
	void aDayOfCurrentHours() {
		LocalDate today = LocalDate.now(BEIJING);
		int perHour = STATIONS * Pollutant.values().length;
		long[] hourNanos = new long[24];
		for (int h = 0; h < 24; h++) {
			List<ReadingReceived> hour = new ArrayList<>(perHour);
			for (int s = 0; s < STATIONS; s++) {
				for (Pollutant p : Pollutant.values()) {
					hour.add(Readings.at(String.format(Locale.ROOT, "L-%04d", s), "L-D" + (s % 10),
							Readings.hour(today, h), p, 20 + (s + h) % 40, 0));
				}
			}
			long start = System.nanoTime();
			hour.forEach(r -> kafka.send(readingsTopic, r.stationId(), r));
			kafka.flush();
			long expected = (long) perHour * (h + 1);
			await().atMost(Duration.ofMinutes(5))
				.pollInterval(Duration.ofMillis(20))
				.until(() -> jdbc.sql("SELECT count(*) FROM reading").query(Long.class).single() == expected);
			hourNanos[h] = System.nanoTime() - start;
		}
		long total = 0;
		long laterHours = 0;
		for (int h = 0; h < 24; h++) {
			total += hourNanos[h];
			laterHours += h >= 12 ? hourNanos[h] : 0;
		}
		String mode = cacheEnabled ? "cache on " : "cache off";
		System.out.printf(Locale.ROOT,
				"BENCHMARK live hours (%s): %d stations x 24 hours x 6 pollutants, each hour stored in %.0f ms on average"
						+ " (hours 13-24: %.0f ms) = %.0f readings/s%n",
				mode, STATIONS, total / 24 / 1e6, laterHours / 12 / 1e6, perHour * 24 / (total / 1e9));
		for (Timer phase : meters.find("aq.analytics.batch.phase").timers()) {
			System.out.printf(Locale.ROOT,
					"BENCHMARK live hours (%s) phase %-8s %6.2f s in %d batches (mean %.1f ms)%n", mode,
					phase.getId().getTag("phase"), phase.totalTime(TimeUnit.SECONDS), phase.count(),
					phase.mean(TimeUnit.MILLISECONDS));
		}
		System.out.printf(Locale.ROOT,
				"BENCHMARK live hours (%s): recent-days cache %.0f hits, %.0f misses; rows per reading: reading %.2f,"
						+ " hourly_mean %.2f%n",
				mode, gets("hit"), gets("miss"), rows("reading") / (perHour * 24.0),
				rows("hourly_mean") / (perHour * 24.0));
	}

	private long rows(String table) {
		return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
	}

	private double gets(String result) {
		FunctionCounter counter = meters.find("cache.gets")
			.tag("cache", "aq.analytics.recent-days")
			.tag("result", result)
			.functionCounter();
		return counter == null ? 0 : counter.count();
	}

}
