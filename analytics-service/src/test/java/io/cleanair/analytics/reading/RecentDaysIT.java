package io.cleanair.analytics.reading;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import io.cleanair.analytics.AnalyticsIntegrationTest;
import io.cleanair.analytics.Readings;
import io.cleanair.analytics.ReadingsFlowTest;
import io.cleanair.core.event.ReadingReceived;
import io.cleanair.core.pollutant.Pollutant;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.awaitility.Awaitility.await;

/**
 * A day of current readings arriving hour by hour: from its second batch on, the consumer
 * takes the day's other hours from its cache of recent days instead of the database, and
 * the day it computes is the one the database gives (a recomputation from the stored
 * hours changes nothing). History (days older than the window) never uses the cache.
 */
@AnalyticsIntegrationTest(ownContext = true)
class RecentDaysIT extends ReadingsFlowTest {

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	@Autowired
	MeterRegistry meters;

	@Autowired
	RecentDays recentDays;

	@Test
	void todaysBatchesTakeTheDaysHoursFromTheCacheAndComputeWhatTheDatabaseGives() {
		LocalDate today = LocalDate.now(BEIJING);
		double hitsBefore = gets("hit");
		for (int h = 0; h < 24; h++) {
			// a half-hourly sensor in the afternoon: averaged hours among whole ones
			List<ReadingReceived> hour = new ArrayList<>(hourOf("C1", today, h, 10 + h));
			if (h >= 12) {
				hour.add(Readings.at("C1", "chaoyang", Readings.hour(today, h).plusSeconds(1800), Pollutant.PM2_5,
						30 + h, 0));
			}
			hour.forEach(r -> kafka.send(readingsTopic, r.stationId(), r));
			kafka.flush();
			int stored = 6 * (h + 1) + Math.max(0, h - 11);
			await().atMost(Duration.ofSeconds(30))
				.until(() -> jdbc.sql("SELECT count(*) FROM reading WHERE station_id = 'C1'")
					.query(Integer.class)
					.single() == stored);
		}
		// the first batch found nothing; every later one found the day
		assertThat(gets("hit") - hitsBefore).isGreaterThanOrEqualTo(20);

		// PM2.5: hours 0-11 are 10..21, hours 12-23 the mean of 22..33 and 42..53
		double expected = 0;
		for (int h = 0; h < 24; h++) {
			expected += h < 12 ? 10 + h : ((10 + h) + (30 + h)) / 2.0;
		}
		double mean = expected / 24;
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(jdbc
				.sql("SELECT pm2_5_24h FROM daily_result WHERE scope = 'STATION' AND scope_id = 'C1' AND day = ?")
				.param(today)
				.query(Double.class)
				.optional()).hasValueSatisfying(v -> assertThat(v).isCloseTo(mean, offset(1e-9))));
		web.post()
			.uri("/api/v1/recomputations?from={d}&to={d}", today, today)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.changed.STATION")
			.isEqualTo(0)
			.jsonPath("$.changed.DISTRICT")
			.isEqualTo(0);
	}

	@Test
	void historyIsNeverKept() {
		LocalDate old = LocalDate.now(BEIJING).minusDays(3);
		double missesBefore = gets("miss");
		double hitsBefore = gets("hit");
		for (int h = 0; h < 3; h++) {
			hourOf("C2", old, h, 40).forEach(r -> kafka.send(readingsTopic, r.stationId(), r));
			kafka.flush();
			int stored = 6 * (h + 1);
			await().atMost(Duration.ofSeconds(30))
				.until(() -> jdbc.sql("SELECT count(*) FROM reading WHERE station_id = 'C2'")
					.query(Integer.class)
					.single() == stored);
		}
		assertThat(gets("hit") - hitsBefore).isZero();
		assertThat(gets("miss") - missesBefore).isZero();
	}

	private static List<ReadingReceived> hourOf(String station, LocalDate day, int hour, double pm25) {
		List<ReadingReceived> readings = new ArrayList<>();
		for (Pollutant p : Pollutant.values()) {
			readings.add(
					Readings.at(station, "chaoyang", Readings.hour(day, hour), p, p == Pollutant.PM2_5 ? pm25 : 20, 0));
		}
		return readings;
	}

	private double gets(String result) {
		FunctionCounter counter = meters.find("cache.gets")
			.tag("cache", "aq.analytics.recent-days")
			.tag("result", result)
			.functionCounter();
		return counter == null ? 0 : counter.count();
	}

}
