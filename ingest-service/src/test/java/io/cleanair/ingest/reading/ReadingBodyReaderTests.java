package io.cleanair.ingest.reading;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class ReadingBodyReaderTests {

	final ReadingBodyReader reader = new ReadingBodyReader(JsonMapper.builder().build(),
			new IntakeProperties(10, DataSize.ofKilobytes(64), Duration.ofMinutes(15), Duration.ofDays(400),
					Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofHours(48)));

	@Test
	void csvFromASpreadsheetWithByteOrderMarkAndCrLfLineEnds() {
		byte[] body = ("\uFEFFunit,value,pollutant,time,station_id\r\nug/m3,35,PM2_5,2026-11-28T08:00:00+08:00,S1\r\n")
			.getBytes(StandardCharsets.UTF_8);
		List<ReadingBatch.RawReading> readings = read(MediaType.parseMediaType("text/csv; charset=utf-8"), body);
		assertThat(readings).containsExactly(
				new ReadingBatch.RawReading("S1", "2026-11-28T08:00:00+08:00", "PM2_5", "35", "ug/m3", null));
	}

	@Test
	void jsonNumbersAndNullsInABatch() {
		byte[] body = "{\"readings\":[{\"stationId\":\"S1\",\"value\":35.5},null]}".getBytes(StandardCharsets.UTF_8);
		List<ReadingBatch.RawReading> readings = read(MediaType.APPLICATION_JSON, body);
		assertThat(readings.get(0).value()).isEqualTo("35.5");
		assertThat(readings.get(1)).isNull();
	}

	private List<ReadingBatch.RawReading> read(MediaType type, byte[] body) {
		return reader
			.read(MockServerHttpRequest.post("/api/v1/readings")
				.contentType(type)
				.body(new String(body, StandardCharsets.UTF_8)))
			.block();
	}

}
