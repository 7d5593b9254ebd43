package io.cleanair.analytics.signal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cleanair.analytics.AnalyticsIntegrationTest;
import io.cleanair.analytics.Readings;
import io.cleanair.analytics.ReadingsFlowTest;
import io.cleanair.core.event.ReadingReceived;
import io.cleanair.core.pollutant.Pollutant;
import io.cleanair.testsupport.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Signals as data arrives and on the clock, each once per condition, and RECOVERED when
 * it clears.
 */
@AnalyticsIntegrationTest(ownContext = true)
@TestPropertySource(properties = "aq.signals.silent-after=PT3S")
class SignalsIT extends ReadingsFlowTest {

	@Autowired
	SignalSchedules schedules;

	@Value("${aq.topics.alert-signals}")
	String signalsTopic;

	@Test
	void sustainedExceedanceAfterAGoodHourIsSignalledOnceAndRecovers() {
		Instant now = Instant.now().truncatedTo(ChronoUnit.HOURS);
		send(List.of(pm25("S20", now.minus(Duration.ofHours(6)), 30)));
		send(List.of(pm25("S20", now.minus(Duration.ofHours(5)), 200),
				pm25("S20", now.minus(Duration.ofHours(4)), 200)));
		send(List.of(pm25("S20", now.minus(Duration.ofHours(3)), 200)));
		// the same polluted run without a good hour before it says nothing
		send(List.of(pm25("S21", now.minus(Duration.ofHours(5)), 200), pm25("S21", now.minus(Duration.ofHours(4)), 200),
				pm25("S21", now.minus(Duration.ofHours(3)), 200)));
		String key = "SUSTAINED_EXCEEDANCE:chaoyang:S20:PM2_5";
		try (TopicReader signals = new TopicReader(signalsTopic)) {
			await().atMost(Duration.ofSeconds(60)).until(() -> of(signals.values(), key).size() == 1);
			assertThat(of(signals.values(), key).get(0)).contains("\"type\":\"SUSTAINED_EXCEEDANCE\"")
				.contains("\"consecutiveHours\":3.0");

			send(List.of(pm25("S20", now.minus(Duration.ofHours(3)), 200)));
			send(List.of(pm25("S20", now.minus(Duration.ofHours(2)), 30)));
			await().atMost(Duration.ofSeconds(60)).until(() -> of(signals.values(), key).size() == 2);
			assertThat(of(signals.values(), key).get(1)).contains("\"type\":\"RECOVERED\"");
			assertThat(signals.values()).noneMatch(s -> s.contains("SUSTAINED_EXCEEDANCE:chaoyang:S21"));
		}
	}

	@Test
	void districtBehindItsTargetIsAtRisk() {
		web.put()
			.uri("/api/v1/districts/fengtai")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", "Fengtai", "cityId", "beijing"))
			.exchange()
			.expectStatus()
			.isCreated();
		web.put()
			.uri("/api/v1/districts/fengtai/targets/{y}", LocalDate.now(Readings.BEIJING).getYear())
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("goodDayRate", 90))
			.exchange()
			.expectStatus()
			.isCreated();
		LocalDate yesterday = LocalDate.now(Readings.BEIJING).minusDays(1);
		// one polluted day is all the year has so far: the target can no longer be met
		send(Readings.day("S30", "fengtai", yesterday, 120, 24));
		try (TopicReader signals = new TopicReader(signalsTopic)) {
			// the period rules of districts whose recent days changed are judged on the
			// clock
			await().atMost(Duration.ofSeconds(60)).until(() -> {
				schedules.checkPeriodRules();
				return !of(signals.values(), "TARGET_AT_RISK:fengtai:" + yesterday.getYear()).isEmpty();
			});
			assertThat(of(signals.values(), "TARGET_AT_RISK:fengtai:" + yesterday.getYear()).get(0))
				.contains("\"nonGoodDaysAllowed\"");
		}
	}

	@Test
	void silentStationIsSignalledAndRecoversWhenItSendsAgain() {
		send(List.of(sentNow("S40")));
		String key = "STATION_SILENT:shunyi:S40";
		try (TopicReader signals = new TopicReader(signalsTopic)) {
			schedules.checkSilentStations();
			assertThat(of(signals.values(), key)).isEmpty();
			await().atMost(Duration.ofSeconds(30)).until(() -> {
				schedules.checkSilentStations();
				return of(signals.values(), key).size() == 1;
			});
			send(List.of(sentNow("S40")));
			await().atMost(Duration.ofSeconds(30)).until(() -> {
				schedules.checkSilentStations();
				return of(signals.values(), key).size() == 2;
			});
			assertThat(of(signals.values(), key).get(1)).contains("\"type\":\"RECOVERED\"");
		}
	}

	private static List<String> of(List<String> signals, String key) {
		return signals.stream().filter(s -> s.contains("\"deduplicationKey\":\"" + key + "\"")).toList();
	}

	private static ReadingReceived pm25(String station, Instant hour, double value) {
		return Readings.at(station, "chaoyang", hour, Pollutant.PM2_5, value, 0);
	}

	private static ReadingReceived sentNow(String station) {
		Instant now = Instant.now();
		return new ReadingReceived(UUID.randomUUID(), ReadingReceived.SCHEMA_VERSION, station, "shunyi",
				now.truncatedTo(ChronoUnit.HOURS), Pollutant.NO2, 20 + now.getNano() % 1000,
				Pollutant.NO2.canonicalUnit(), 0, now);
	}

	private void send(List<ReadingReceived> readings) {
		readings.forEach(r -> kafka.send(readingsTopic, r.stationId(), r));
		kafka.flush();
	}

}
