package io.cleanair.ingest.reading;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPOutputStream;

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
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JSON, NDJSON and CSV, plain or gzip; the limits of a request; bodies that cannot be
 * parsed.
 */
@IngestIntegrationTest
@TestPropertySource(properties = { "aq.ingest.max-batch-size=20", "aq.ingest.max-body-size=16KB" })
@Import(FixedClock.class)
class FormatsIT {

	static final MediaType CSV = MediaType.parseMediaType("text/csv");

	static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

	@Autowired
	WebTestClient web;

	@Value("${aq.topics.readings}")
	String topic;

	String key;

	@BeforeEach
	void stations() {
		IngestClient ingest = new IngestClient(web);
		for (String id : List.of("NDJ", "CSV", "GZC", "GZN")) {
			ingest.registerStation(id, "dongcheng");
		}
		key = (String) web.post()
			.uri("/api/v1/providers/formats/keys")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + IngestClient.ADMIN_KEY)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(java.util.Map.of("stations", List.of("NDJ", "CSV", "GZC", "GZN")))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(java.util.Map.class)
			.returnResult()
			.getResponseBody()
			.get("key");
	}

	@Test
	void ndjsonTakesOneReadingPerLineWithNumbersOrText() {
		String body = """
				{"stationId":"NDJ","time":"2026-11-28T08:00:00+08:00","pollutant":"PM2_5","value":35,"unit":"ug/m3"}

				{"stationId":"NDJ","time":"2026-11-28T08:00:00+08:00","pollutant":"NO2","value":"-3","unit":"ug/m3"}
				""";
		post(NDJSON, false, body.getBytes(StandardCharsets.UTF_8)).expectStatus()
			.isAccepted()
			.expectBody()
			.jsonPath("$.accepted")
			.isEqualTo(1)
			.jsonPath("$.rejected[0].index")
			.isEqualTo(1)
			.jsonPath("$.rejected[0].code")
			.isEqualTo("VALUE_NEGATIVE");
		assertThat(TopicReader.readings(topic, TopicReader.station("NDJ"), 1, Duration.ofSeconds(30))).hasSize(1);
	}

	@Test
	void csvWithTheOptionalFlagColumn() {
		String body = """
				station_id,time,pollutant,value,unit,flag
				CSV,2026-11-28T08:00:00+08:00,PM2_5,35,ug/m3,
				CSV,2026-11-28T08:00:00+08:00,CO,0.9,mg/m3,H
				""";
		post(CSV, false, body.getBytes(StandardCharsets.UTF_8)).expectStatus()
			.isAccepted()
			.expectBody()
			.jsonPath("$.accepted")
			.isEqualTo(2);
		List<JsonNode> stored = TopicReader.readings(topic, TopicReader.station("CSV"), 2, Duration.ofSeconds(30));
		assertThat(stored).filteredOn(n -> n.get("pollutant").asString().equals("CO"))
			.singleElement()
			.satisfies(n -> assertThat(n.get("qcFlags").get(0).asString()).isEqualTo("sender:H"));
	}

	@Test
	void gzipEncodedCsvAndNdjson() {
		String csv = "station_id,time,pollutant,value,unit\nGZC,2026-11-28T08:00:00+08:00,PM10,80,ug/m3\n";
		post(CSV, true, gzip(csv)).expectStatus().isAccepted().expectBody().jsonPath("$.accepted").isEqualTo(1);
		String ndjson = "{\"stationId\":\"GZN\",\"time\":\"2026-11-28T08:00:00+08:00\",\"pollutant\":\"O3\",\"value\":\"60\",\"unit\":\"ug/m3\"}\n";
		post(NDJSON, true, gzip(ndjson)).expectStatus().isAccepted().expectBody().jsonPath("$.accepted").isEqualTo(1);
		assertThat(TopicReader.readings(topic, n -> n.get("stationId").asString().startsWith("GZ"), 2,
				Duration.ofSeconds(30)))
			.hasSize(2);
	}

	@Test
	void moreReadingsThanTheLimitIsA413AndNothingIsTaken() {
		StringBuilder csv = new StringBuilder("station_id,time,pollutant,value,unit\n");
		for (int i = 0; i < 21; i++) {
			csv.append("CSV,2026-11-20T%02d:00:00+08:00,PM10,80,ug/m3\n".formatted(i));
		}
		post(CSV, false, csv.toString().getBytes(StandardCharsets.UTF_8)).expectStatus()
			.isEqualTo(413)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://cleanair.io/problems/batch-too-large");
	}

	@Test
	void aBodyBiggerThanTheLimitIsA413EvenWhenItIsCompressedSmall() {
		byte[] big = ("{\"readings\":[]" + " ".repeat(20_000) + "}").getBytes(StandardCharsets.UTF_8);
		post(MediaType.APPLICATION_JSON, false, big).expectStatus().isEqualTo(413);
		post(MediaType.APPLICATION_JSON, true, gzip(new String(big, StandardCharsets.UTF_8))).expectStatus()
			.isEqualTo(413);
	}

	@Test
	void bodiesThatCannotBeParsedAre400Problems() {
		post(NDJSON, false, "{\"stationId\":\"NDJ\", oops\n".getBytes(StandardCharsets.UTF_8)).expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		post(CSV, false, "id,when\nNDJ,now\n".getBytes(StandardCharsets.UTF_8)).expectStatus().isBadRequest();
		// one row of data and no header: not a batch of nothing
		post(CSV, false, "NDJ,2026-11-28T08:00:00+08:00,PM10,80,ug/m3\n".getBytes(StandardCharsets.UTF_8))
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://cleanair.io/problems/bad-request")
			.jsonPath("$.detail")
			.value(detail -> org.assertj.core.api.Assertions.assertThat((String) detail).contains("header"));
		post(CSV, true, "not gzip".getBytes(StandardCharsets.UTF_8)).expectStatus().isBadRequest();
		post(MediaType.TEXT_PLAIN, false, "hello".getBytes(StandardCharsets.UTF_8)).expectStatus().isEqualTo(415);
	}

	private WebTestClient.ResponseSpec post(MediaType type, boolean gzip, byte[] body) {
		WebTestClient.RequestBodySpec request = web.post()
			.uri("/api/v1/readings")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + key)
			.contentType(type);
		if (gzip) {
			request = request.header(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		return request.bodyValue(body).exchange();
	}

	private static byte[] gzip(String text) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
			out.write(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

}
