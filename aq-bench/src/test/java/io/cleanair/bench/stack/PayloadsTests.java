package io.cleanair.bench.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PayloadsTests {

	static final Instant HOUR = Instant.parse("2026-01-01T00:00:00Z");

	static final List<BenchReading> READINGS = List.of(new BenchReading("s-1", "d", HOUR, "PM2_5", 35.5),
			new BenchReading("s-1", "d", HOUR, "CO", 0.8));

	@Test
	void ingestJsonIsTheReadingsBodyWithUnitsIngestAccepts() {
		JsonNode body = JsonMapper.builder().build().readTree(Payloads.ingestJson(READINGS));
		assertThat(body.path("readings")).hasSize(2);
		JsonNode co = body.path("readings").get(1);
		assertThat(co.path("stationId").asString()).isEqualTo("s-1");
		assertThat(co.path("time").asString()).isEqualTo("2026-01-01T00:00:00Z");
		assertThat(co.path("pollutant").asString()).isEqualTo("CO");
		assertThat(co.path("value").asString()).isEqualTo("0.8");
		assertThat(co.path("unit").asString()).isEqualTo("mg/m3");
		assertThat(body.path("readings").get(0).path("unit").asString()).isEqualTo("ug/m3");
	}

	@Test
	void copyTextHasTheConsumersColumnsTabSeparated() {
		assertThat(Payloads.copyText(READINGS.subList(0, 1), HOUR))
			.isEqualTo("s-1\td\tPM2_5\t2026-01-01T00:00:00Z\t35.5\t0\t2026-01-01T00:00:00Z\n");
	}

	@Test
	void lineProtocolTagsStationDistrictAndPollutantWithSecondsTimestamps() {
		assertThat(Payloads.lineProtocol(READINGS)).isEqualTo("""
				reading,station=s-1,district=d,pollutant=PM2_5 value=35.5 1767225600
				reading,station=s-1,district=d,pollutant=CO value=0.8 1767225600
				""");
	}

}
