package io.cleanair.analytics.config;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cleanair.core.event.CompactReadingCodec;
import io.cleanair.core.event.ReadingReceived;
import io.cleanair.core.pollutant.Pollutant;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Deserializer;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What analytics' consumer pays to turn a record's bytes into a {@link ReadingReceived}:
 * the value deserializer the readings listeners get ({@link ReadingEncodings}: the
 * error-handling deserializer, the choice by topic, then JSON or the compact encoding),
 * per record of a {@code .v1} (JSON) and a {@code .v2} (compact) topic. Prints figures;
 * asserts only that the readings come back. Not part of {@code verify}: run it as
 * described in docs/benchmarks.md.
 */
class ReadingDecodingBenchmark {

	static final int EVENTS = 10_000;

	static final int ROUNDS = 30;

	@Test
	void jsonAgainstCompactThroughTheConsumersDeserializer() {
		AnalyticsProperties.Topics topics = new AnalyticsProperties.Topics("aq.readings.v2", "a", "s", "d", "h", "t",
				"aq.readings-backfill.v2", "aq.readings.v1", "aq.readings-backfill.v1");
		AnalyticsProperties properties = new AnalyticsProperties(null, "city", topics, null, null, null, null, null,
				null);
		DefaultKafkaConsumerFactory<Object, Object> factory = new DefaultKafkaConsumerFactory<>(Map.of());
		new ReadingEncodings().readingsInTheirTopicsEncoding(properties).customize(factory);
		Deserializer<Object> deserializer = factory.getValueDeserializer();
		deserializer.configure(Map.of(), false);

		Instant received = Instant.parse("2026-11-28T10:00:03.123456Z");
		List<ReadingReceived> events = new ArrayList<>(EVENTS);
		for (int i = 0; i < EVENTS; i++) {
			events.add(new ReadingReceived(UUID.randomUUID(), 1, "station-" + (i % 100), "district-" + (i % 7),
					Instant.parse("2026-01-01T00:00:00Z").plusSeconds(3600L * i), Pollutant.values()[i % 6],
					12.5 + i % 300, Pollutant.values()[i % 6].canonicalUnit(), 0, received, List.of()));
		}
		JacksonJsonSerializer<ReadingReceived> json = new JacksonJsonSerializer<>();
		json.setAddTypeInfo(false);
		byte[][] v1 = new byte[EVENTS][];
		byte[][] v2 = new byte[EVENTS][];
		for (int i = 0; i < EVENTS; i++) {
			v1[i] = json.serialize("aq.readings.v1", events.get(i));
			v2[i] = CompactReadingCodec.encode(events.get(i));
		}
		String jsonFigure = measure("aq.readings.v1 (JSON)", "aq.readings.v1", v1, deserializer, events);
		String compactFigure = measure("aq.readings.v2 (compact)", "aq.readings.v2", v2, deserializer, events);
		System.out.println("\nConsumer decoding (" + EVENTS + " records, best of " + ROUNDS + " rounds)\n" + jsonFigure
				+ "\n" + compactFigure);
	}

	private static String measure(String name, String topic, byte[][] records, Deserializer<Object> deserializer,
			List<ReadingReceived> events) {
		long best = Long.MAX_VALUE;
		for (int round = 0; round < ROUNDS; round++) {
			long started = System.nanoTime();
			for (int i = 0; i < records.length; i++) {
				Object back = deserializer.deserialize(topic, new RecordHeaders(), records[i]);
				if (round == 0) {
					assertThat(back).isEqualTo(events.get(i));
				}
			}
			best = Math.min(best, System.nanoTime() - started);
		}
		return "  %-26s decode %5.2f µs per record".formatted(name, best / 1e3 / records.length);
	}

}
