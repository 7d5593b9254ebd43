package io.cleanair.cli.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The HTTP sender against a stub ingest-service. */
class IngestClientTests {

	final StubIngest ingest;

	final JsonMapper json = JsonMapper.builder().build();

	IngestClientTests() throws IOException {
		ingest = new StubIngest();
	}

	@AfterEach
	void stop() {
		ingest.close();
	}

	@Test
	void readingsArePostedAsTheBatchIngestServiceTakesWithTheKeyAsBearer() throws Exception {
		ingest.readingsBody = """
				{"accepted":1,"rejected":[{"index":1,"code":"BAD_VALUE","detail":"x"},
				{"index":2,"code":"BAD_VALUE","detail":"y"},{"index":3,"code":"UNKNOWN_POLLUTANT","detail":"z"}]}""";
		IngestResult result = new IngestClient(ingest.uri(), "station-key", "admin-key")
			.send(List.of(new SimulatedReading("dongsi", "2025-01-01T08:00:00+08:00", "PM2_5", "75", "ug/m3")));

		assertThat(result).isEqualTo(new IngestResult(1, Map.of("BAD_VALUE", 2, "UNKNOWN_POLLUTANT", 1)));
		StubIngest.Request request = ingest.requests.get(0);
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.path()).isEqualTo("/api/v1/readings");
		assertThat(request.authorization()).isEqualTo("Bearer station-key");
		assertThat(request.contentType()).isEqualTo("application/json");
		JsonNode reading = json.readTree(request.body()).path("readings").get(0);
		assertThat(reading.path("stationId").asString()).isEqualTo("dongsi");
		assertThat(reading.path("time").asString()).isEqualTo("2025-01-01T08:00:00+08:00");
		assertThat(reading.path("pollutant").asString()).isEqualTo("PM2_5");
		assertThat(reading.path("value").asString()).isEqualTo("75");
		assertThat(reading.path("unit").asString()).isEqualTo("ug/m3");
	}

	@Test
	void stationsAreRegisteredWithTheAdminKey() throws Exception {
		new IngestClient(ingest.uri(), "station-key", "admin-key")
			.register(new SimulatedStation("dongsi", "Dongsi", "dongcheng", "NATIONAL", 39.929, 116.417));
		StubIngest.Request request = ingest.requests.get(0);
		assertThat(request.method()).isEqualTo("PUT");
		assertThat(request.path()).isEqualTo("/api/v1/stations/dongsi");
		assertThat(request.authorization()).isEqualTo("Bearer admin-key");
		assertThat(json.readTree(request.body())).isEqualTo(json.readTree("""
				{"name":"Dongsi","districtId":"dongcheng","kind":"NATIONAL","latitude":39.929,"longitude":116.417,
				 "active":true}"""));
	}

	@Test
	void withoutAKeyNoAuthorizationHeaderIsSent() throws Exception {
		new IngestClient(ingest.uri(), null, null).send(List.of());
		assertThat(ingest.requests.get(0).authorization()).isNull();
	}

	@Test
	void aServerErrorMayBeRetriedAnUnauthorizedKeyNot() {
		IngestClient client = new IngestClient(ingest.uri(), "wrong", null);
		ingest.readingsStatus = 503;
		assertThatThrownBy(() -> client.send(List.of())).isInstanceOf(ReadingSender.RetryableException.class)
			.hasMessageContaining("answered 503");
		ingest.readingsStatus = 401;
		assertThatThrownBy(() -> client.send(List.of())).isNotInstanceOf(ReadingSender.RetryableException.class)
			.hasMessageContaining("answered 401");
	}

	@Test
	void noServerIsRetryable() {
		IngestClient client = new IngestClient(ingest.uri(), null, null);
		ingest.close();
		assertThatThrownBy(() -> client.send(List.of())).isInstanceOf(ReadingSender.RetryableException.class)
			.hasMessageContaining("did not answer");
	}

}
