package io.cleanair.ingest.reading;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.cleanair.ingest.support.FixedClock;
import io.cleanair.ingest.support.IngestClient;
import io.cleanair.ingest.support.IngestIntegrationTest;
import io.cleanair.ingest.support.TopicReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rejection reason in one batch; local times and end-of-hour labels; sender flags;
 * the backfill lane.
 */
@IngestIntegrationTest
@Import(FixedClock.class)
class ValidationIT {

	@Autowired
	WebTestClient web;

	@Value("${aq.topics.readings}")
	String topic;

	@Value("${aq.topics.readings-backfill}")
	String backfillTopic;

	IngestClient ingest;

	String key;

	@BeforeEach
	void stations() {
		ingest = new IngestClient(web);
		ingest.registerStation("S1", "dongcheng");
		ingest.registerStation("OFF", Map.of("name", "Off", "districtId", "dongcheng", "active", false));
		ingest.registerStation("END", Map.of("name", "End", "districtId", "xicheng", "hourLabel", "END"));
		ingest.registerStation("OTHER", "haidian");
		ingest.registerStation("QC", "chaoyang");
		ingest.registerStation("FIX", "chaoyang");
		key = (String) web.post()
			.uri("/api/v1/providers/p/keys")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + IngestClient.ADMIN_KEY)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("stations", List.of("S1", "OFF", "END", "QC", "FIX")))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("key");
	}

	@Test
	void eachBadReadingComesBackWithItsIndexAndCodeAndTheGoodOnesGoThrough() {
		String body = """
				{"readings":[
				  {"stationId":"S1","time":"2026-11-28T08:00:00+08:00","pollutant":"PM2_5","value":"35","unit":"ug/m3"},
				  null,
				  {"stationId":"NOPE","time":"2026-11-28T08:00:00+08:00","pollutant":"PM2_5","value":"35","unit":"ug/m3"},
				  {"stationId":"OFF","time":"2026-11-28T08:00:00+08:00","pollutant":"PM2_5","value":"35","unit":"ug/m3"},
				  {"stationId":"OTHER","time":"2026-11-28T08:00:00+08:00","pollutant":"PM2_5","value":"35","unit":"ug/m3"},
				  {"stationId":"S1","time":"2026-11-28T08:00:00+08:00","pollutant":"BENZENE","value":"1","unit":"ug/m3"},
				  {"stationId":"S1","time":"2026-11-28T08:00:00+08:00","pollutant":"PM10","value":"35","unit":"ppb"},
				  {"stationId":"S1","time":"yesterday","pollutant":"PM10","value":"35","unit":"ug/m3"},
				  {"stationId":"S1","time":"2026-11-28T13:00:00+08:00","pollutant":"PM10","value":"35","unit":"ug/m3"},
				  {"stationId":"S1","time":"2024-01-01T00:00:00+08:00","pollutant":"PM10","value":"35","unit":"ug/m3"},
				  {"stationId":"S1","time":"2026-11-28T08:00:00+08:00","pollutant":"SO2","value":"abc","unit":"ug/m3"},
				  {"stationId":"S1","time":"2026-11-28T08:00:00+08:00","pollutant":"NO2","value":"NaN","unit":"ug/m3"},
				  {"stationId":"S1","time":"2026-11-28T08:00:00+08:00","pollutant":"O3","value":"-1","unit":"ug/m3"},
				  {"stationId":"S1","time":"2026-11-28T08:00:00+08:00","pollutant":"CO","value":"1200","unit":"mg/m3"},
				  {"stationId":"S1","time":"2026-11-28T08:00:00+08:00","pollutant":"PM2_5","value":"36","unit":"ug/m3"},
				  {"stationId":"S1","time":"2026-11-28T09:00:00","pollutant":"CO","value":"1.1","unit":"ppm"},
				  {"stationId":"END","time":"2026-11-28T09:00:00+08:00","pollutant":"PM10","value":"80","unit":"ug/m3","flag":"H"}
				]}""";
		ingest.postJson(key, body)
			.expectStatus()
			.isAccepted()
			.expectBody()
			.jsonPath("$.accepted")
			.isEqualTo(3)
			.jsonPath("$.rejected[*].index")
			.isEqualTo(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14))
			.jsonPath("$.rejected[*].code")
			.isEqualTo(List.of("EMPTY_READING", "UNKNOWN_STATION", "INACTIVE_STATION", "FORBIDDEN_STATION",
					"UNKNOWN_POLLUTANT", "UNIT_NOT_CONVERTIBLE", "BAD_TIME", "TIME_IN_FUTURE", "TIME_TOO_OLD",
					"VALUE_NOT_NUMERIC", "VALUE_NOT_FINITE", "VALUE_NEGATIVE", "VALUE_IMPLAUSIBLE",
					"DUPLICATE_IN_BATCH"))
			.jsonPath("$.rejected[13].detail")
			.isEqualTo("repeats the station, pollutant and time of reading 0 of this batch");

		List<JsonNode> s1 = TopicReader.readings(topic, TopicReader.station("S1"), 2, Duration.ofSeconds(30));
		assertThat(s1).extracting(n -> n.get("time").asString() + " " + n.get("pollutant").asString())
			.containsExactlyInAnyOrder("2026-11-28T00:00:00Z PM2_5", "2026-11-28T01:00:00Z CO");
		// 1.1 ppm of CO at 25 °C is 1.26 mg/m³; the local time is Beijing time
		assertThat(s1).filteredOn(n -> n.get("pollutant").asString().equals("CO"))
			.singleElement()
			.satisfies(n -> assertThat(n.get("value").asDouble()).isCloseTo(1.26,
					org.assertj.core.data.Offset.offset(0.01)));
		JsonNode end = TopicReader.readings(topic, TopicReader.station("END"), 1, Duration.ofSeconds(30)).get(0);
		assertThat(end.get("time").asString()).as("labelled 09:00 by the end of its hour: 08:00-09:00 Beijing")
			.isEqualTo("2026-11-28T00:00:00Z");
		assertThat(end.get("qcFlags").get(0).asString()).isEqualTo("sender:H");
	}

	@Test
	void aSecondValueForTheSameHourGoesOnAsSentForAnalyticsToDecideWhetherItIsACorrection() {
		ingest.postJson(key, "{\"readings\":[" + reading("FIX", 3, "PM2_5", 50) + "]}").expectStatus().isAccepted();
		ingest.postJson(key, "{\"readings\":[" + reading("FIX", 3, "PM2_5", 55) + "]}").expectStatus().isAccepted();
		List<JsonNode> fix = TopicReader.readings(topic,
				TopicReader.station("FIX").and(n -> n.get("time").asString().equals("2026-11-26T19:00:00Z")), 2,
				Duration.ofSeconds(30));
		assertThat(fix).extracting(n -> n.get("value").asDouble() + "@" + n.get("revision").asInt())
			.containsExactly("50.0@0", "55.0@0");
	}

	@Test
	void aReadingOlderThanTheBackfillAgeTravelsTheBackfillLaneAndACurrentOneDoesNot() {
		// now is 28 November 12:00 Beijing: 26 November 03:00 is 57 hours ago, 27
		// November 03:00 33 hours ago
		String old = "{\"stationId\":\"QC\",\"time\":\"2026-11-26T03:00:00+08:00\",\"pollutant\":\"PM10\",\"value\":\"41\",\"unit\":\"ug/m3\"}";
		ingest.postJson(key, "{\"readings\":[" + old + "," + reading("QC", 3, "PM10", 40) + "]}")
			.expectStatus()
			.isAccepted()
			.expectBody()
			.jsonPath("$.accepted")
			.isEqualTo(2);
		assertThat(TopicReader.readings(backfillTopic, TopicReader.station("QC"), 1, Duration.ofSeconds(30)))
			.extracting(n -> n.get("time").asString())
			.containsExactly("2026-11-25T19:00:00Z");
		assertThat(TopicReader.readings(topic, TopicReader.station("QC"), 1, Duration.ofSeconds(30)))
			.extracting(n -> n.get("time").asString())
			.containsExactly("2026-11-26T19:00:00Z");
	}

	@Test
	void theFiguresAnOperatorNeedsAreOnPrometheus() {
		ingest
			.postJson(key,
					"{\"readings\":[" + reading("FIX", 20, "PM2_5", 50) + "," + reading("FIX", 21, "O3", -1) + "]}")
			.expectStatus()
			.isAccepted();
		String scrape = web.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(scrape).contains("aq_ingest_readings_accepted_total{application=\"ingest-service\"}")
			.containsPattern(
					"aq_ingest_readings_rejected_total\\{application=\"ingest-service\",reason=\"VALUE_NEGATIVE\"\\} [1-9]")
			.contains("aq_ingest_readings_flagged_total", "aq_ingest_readings_backfill_total",
					"aq_ingest_batch_size_count", "aq_ingest_publish_latency_seconds_count",
					"resilience4j_circuitbreaker_state");
	}

	/** A value at {@code hour} (0-23) of 27 November 2026, Beijing time. */
	private static String reading(String station, int hour, String pollutant, double value) {
		return """
				{"stationId":"%s","time":"2026-11-27T%02d:00:00+08:00","pollutant":"%s","value":"%s","unit":"ug/m3"}"""
			.formatted(station, hour, pollutant, value);
	}

}
