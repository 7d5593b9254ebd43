package io.cleanair.analytics.hour;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import io.cleanair.analytics.AnalyticsIntegrationTest;
import io.cleanair.analytics.Readings;
import io.cleanair.analytics.TestKeys;
import io.cleanair.core.event.ReadingReceived;
import io.cleanair.core.pollutant.Pollutant;
import io.cleanair.testsupport.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Stored readings become real-time AQI reports of their station-hours on
 * {@code aq.station-hours.v1}, and a district target set through the API is published on
 * {@code aq.district-targets.v1}.
 */
@AnalyticsIntegrationTest(ownContext = true)
class StationHoursIT {

	@Autowired
	KafkaTemplate<String, Object> kafka;

	@Autowired
	WebTestClient web;

	@Value("${aq.topics.readings}")
	String readingsTopic;

	@Value("${aq.topics.station-hours}")
	String stationHoursTopic;

	@Value("${aq.topics.district-targets}")
	String targetsTopic;

	@Test
	void eachChangedHourIsPublishedWithItsAqiUnderTheEditionInForce() {
		LocalDate day = LocalDate.of(2026, 11, 20);
		try (TopicReader hours = new TopicReader(stationHoursTopic)) {
			send(Readings.day("H1", "dongcheng", day, 76, 24));
			await().atMost(Duration.ofSeconds(60))
				.untilAsserted(() -> assertThat(hours.values()).anyMatch(v -> v.contains("\"hourLabel\":24")));
			assertThat(hours.records()).allSatisfy(r -> assertThat(r.key()).isEqualTo("H1"));
			String last = hours.values().stream().filter(v -> v.contains("\"hourLabel\":24")).findFirst().orElseThrow();
			// PM2.5 76 µg/m³ on the 2026 daily column: IAQI 115, lightly polluted
			assertThat(last).contains("\"stationId\":\"H1\"", "\"districtId\":\"dongcheng\"", "\"aqi\":115",
					"\"category\":\"LIGHTLY_POLLUTED\"", "\"primaryPollutants\":[\"PM2_5\"]",
					"\"ruleSet\":\"hj633-2026\"", "\"schemaVersion\":1", "\"hourStart\":\"2026-11-20T15:00:00Z\"");
			int before = hours.values().size();

			// a correction of the hour starting 20:00 republishes hour labels 21…24 only
			send(List.of(Readings.at("H1", "dongcheng", Readings.hour(day, 20), Pollutant.PM2_5, 20, 1)));
			await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(hours.values()).hasSize(before + 4));
			List<String> republished = hours.values().subList(before, before + 4);
			assertThat(republished.get(0)).contains("\"hourLabel\":21").doesNotContain("\"aqi\":115");
			assertThat(republished.get(3)).contains("\"hourLabel\":24", "\"aqi\":115");
		}
	}

	@Test
	void aTargetSetThroughTheApiIsPublished() {
		try (TopicReader targets = new TopicReader(targetsTopic)) {
			TestKeys.asAdmin(web)
				.put()
				.uri("/api/v1/districts/xicheng")
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue("{\"name\":\"西城区\",\"cityId\":\"city\"}")
				.exchange()
				.expectStatus()
				.is2xxSuccessful();
			TestKeys.asAdmin(web)
				.put()
				.uri("/api/v1/districts/xicheng/targets/2026")
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue("{\"goodDayRate\":80}")
				.exchange()
				.expectStatus()
				.is2xxSuccessful();
			await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(targets.records()).isNotEmpty());
			assertThat(targets.records().get(0).key()).isEqualTo("xicheng:2026");
			assertThat(targets.values().get(0)).contains("\"districtName\":\"西城区\"", "\"goodDayRate\":80",
					"\"year\":2026");
		}
	}

	private void send(List<ReadingReceived> readings) {
		readings.forEach(r -> kafka.send(readingsTopic, r.stationId(), r));
		kafka.flush();
	}

}
