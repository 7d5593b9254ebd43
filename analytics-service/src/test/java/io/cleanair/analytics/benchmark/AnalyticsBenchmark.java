package io.cleanair.analytics.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import io.cleanair.analytics.AnalyticsIntegrationTest;
import io.cleanair.analytics.TestKeys;
import io.cleanair.analytics.Readings;
import io.cleanair.core.event.ReadingReceived;
import io.cleanair.core.pollutant.Pollutant;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.awaitility.Awaitility.await;

/**
 * Prints (never asserts) the consumer's readings persisted per second, and p50/p95 of a
 * one-year daily and a one-year hourly trend of one station with a year of 100 stations'
 * hourly values and daily results loaded. Synthetic data only. Run: see
 * docs/analytics-service.md.
 */
@AnalyticsIntegrationTest(ownContext = true)
class AnalyticsBenchmark {

	static final int STATIONS = 100;

	static final int CONSUMER_DAYS = Integer.getInteger("bench.days", 3);

	static final int QUERY_RUNS = Integer.getInteger("bench.runs", 40);

	static final int YEAR = 2025;

	@Autowired
	KafkaTemplate<String, Object> kafka;

	@Autowired
	KafkaListenerEndpointRegistry listeners;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MeterRegistry meters;

	WebTestClient web;

	@Autowired
	void client(WebTestClient client) {
		this.web = TestKeys.asAdmin(client.mutate().responseTimeout(Duration.ofSeconds(60)).build());
	}

	@Value("${aq.topics.readings}")
	String readingsTopic;

	@Test
	void consumerThroughputAndTrendLatency() {
		consumerThroughput();
		loadYearOfHourlyValuesAndDailyResults();
		latency("one-year daily trend", "day");
		latency("one-year hourly trend", "hour");
	}

	/**
	 * Readings are queued in Kafka first, then the consumer starts and the clock runs
	 * until all are stored.
	 */
	private void consumerThroughput() {
		listeners.getListenerContainer("readings").stop();
		List<ReadingReceived> readings = new ArrayList<>();
		LocalDate first = LocalDate.of(YEAR + 1, 1, 1);
		for (int d = 0; d < CONSUMER_DAYS; d++) {
			for (int s = 0; s < STATIONS; s++) {
				for (int h = 0; h < 24; h++) {
					Instant t = Readings.hour(first.plusDays(d), h);
					for (Pollutant p : Pollutant.values()) {
						readings.add(Readings.at(station(s), district(s), t, p, value(p), 0));
					}
				}
			}
		}
		readings.forEach(r -> kafka.send(readingsTopic, r.stationId(), r));
		kafka.flush();
		long start = System.nanoTime();
		listeners.getListenerContainer("readings").start();
		await().atMost(Duration.ofMinutes(30))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> jdbc.sql("SELECT count(*) FROM reading").query(Long.class).single() == readings.size());
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf("BENCHMARK consumer: %d readings (%d stations x %d days x 24 h x 6 pollutants) stored,"
				+ " hourly values and station/district/city days recomputed and published in %.1f s = %.0f readings/s%n",
				readings.size(), STATIONS, CONSUMER_DAYS, seconds, readings.size() / seconds);
		for (Timer phase : meters.find("aq.analytics.batch.phase").timers()) {
			System.out.printf("BENCHMARK consumer phase %-8s %6.2f s in %d batches (mean %.1f ms)%n",
					phase.getId().getTag("phase"), phase.totalTime(TimeUnit.SECONDS), phase.count(),
					phase.mean(TimeUnit.MILLISECONDS));
		}
	}

	/**
	 * A year of hourly values for 100 stations (5.3 million rows) and their station and
	 * district days, in SQL.
	 */
	private void loadYearOfHourlyValuesAndDailyResults() {
		long start = System.nanoTime();
		jdbc.sql("""
				INSERT INTO reading (station_id, district_id, pollutant, time, value, received_at, whole_hour)
				SELECT 'B-' || lpad(s::text, 3, '0'), 'B-D', p, h, 10 + random() * 90, h, true
				FROM generate_series(0, ?) s,
				     unnest(ARRAY['PM2_5','PM10','SO2','NO2','CO','O3']) p,
				     generate_series(?::timestamptz, ?::timestamptz, interval '1 hour') h
				""").params(STATIONS - 1, YEAR + "-01-01T00:00:00+08:00", YEAR + "-12-31T23:00:00+08:00").update();
		jdbc.sql("""
				INSERT INTO daily_result (scope, scope_id, day, district_id, aqi, category, valid, rule_set,
				    pm2_5_24h, pm10_24h, so2_24h, no2_24h, co_24h, o3_1h, o3_8h)
				SELECT 'STATION', 'B-' || lpad(s::text, 3, '0'), d, 'D-' || (s % 10), 60, 'GOOD', true, 'hj633-2012',
				       40 + random() * 20, 70, 8, 30, 0.8, 90, 80
				FROM generate_series(0, ?) s, generate_series(?::date, ?::date, interval '1 day') d
				""").params(STATIONS - 1, YEAR + "-01-01", YEAR + "-12-31").update();
		jdbc.sql("ANALYZE").update();
		System.out.printf("BENCHMARK load: %d hourly values and %d daily results in the tables (%.0f s to generate)%n",
				jdbc.sql("SELECT count(*) FROM hourly_value").query(Long.class).single(),
				jdbc.sql("SELECT count(*) FROM daily_result").query(Long.class).single(),
				(System.nanoTime() - start) / 1e9);
	}

	private void latency(String what, String interval) {
		String uri = "/api/v1/trends?scope=station&id=B-042&pollutant=PM2.5&from=" + YEAR + "-01-01&to=" + YEAR
				+ "-12-31&interval=" + interval;
		WebTestClient web = this.web.mutate().codecs(c -> c.defaultCodecs().maxInMemorySize(16 << 20)).build();
		for (int i = 0; i < 5; i++) {
			web.get().uri(uri).exchange().expectStatus().isOk().expectBody().returnResult();
		}
		double[] millis = new double[QUERY_RUNS];
		int points = 0;
		for (int i = 0; i < QUERY_RUNS; i++) {
			long t = System.nanoTime();
			byte[] body = web.get()
				.uri(uri)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.returnResult()
				.getResponseBody();
			millis[i] = (System.nanoTime() - t) / 1e6;
			points = body == null ? 0 : new String(body).split("\"time\"").length - 1;
		}
		Arrays.sort(millis);
		System.out.printf("BENCHMARK %s (%s, %d points, %d runs over HTTP): p50 %.1f ms, p95 %.1f ms%n", what, interval,
				points, QUERY_RUNS, percentile(millis, 50), percentile(millis, 95));
	}

	private static double percentile(double[] sorted, int p) {
		double k = (sorted.length - 1) * p / 100.0;
		int s = (int) Math.floor(k);
		return s + 1 < sorted.length ? sorted[s] + (sorted[s + 1] - sorted[s]) * (k - s) : sorted[s];
	}

	private static String station(int s) {
		return "B-%03d".formatted(s);
	}

	private static String district(int s) {
		return "D-" + (s % 10);
	}

	private static double value(Pollutant p) {
		double base = p == Pollutant.CO ? 0.8 : 40;
		return Math.round(base * (0.5 + ThreadLocalRandom.current().nextDouble()) * 10) / 10.0;
	}

}
