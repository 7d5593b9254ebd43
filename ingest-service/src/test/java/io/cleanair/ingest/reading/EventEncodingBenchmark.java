package io.cleanair.ingest.reading;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import io.cleanair.core.event.CompactReadingCodec;
import io.cleanair.core.event.ReadingReceived;
import io.cleanair.core.pollutant.Pollutant;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.support.serializer.JacksonJsonDeserializer;
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a reading's event costs to encode and decode, and its size, in the JSON that
 * ingest published on the {@code .v1} readings topics (Spring Kafka's Jackson serializer,
 * as it was configured) and in the compact encoding of the {@code .v2} topics
 * ({@link CompactReadingCodec}). Prints figures; asserts only that both round-trip. Not
 * part of {@code verify}: run it as described in docs/benchmarks.md.
 */
class EventEncodingBenchmark {

	static final int EVENTS = 10_000;

	static final int ROUNDS = 30;

	@Test
	void jsonAgainstCompactBinary() {
		Instant received = Instant.parse("2026-11-28T10:00:03.123456Z");
		List<ReadingReceived> events = new ArrayList<>(EVENTS);
		for (int i = 0; i < EVENTS; i++) {
			events.add(new ReadingReceived(UUID.randomUUID(), 1, "station-" + (i % 100), "district-" + (i % 7),
					Instant.parse("2026-01-01T00:00:00Z").plusSeconds(3600L * i), Pollutant.values()[i % 6],
					12.5 + i % 300, Pollutant.values()[i % 6].canonicalUnit(), 0, received, List.of()));
		}
		JacksonJsonSerializer<ReadingReceived> serializer = new JacksonJsonSerializer<>();
		serializer.configure(Map.of(JacksonJsonSerializer.ADD_TYPE_INFO_HEADERS, false), false);
		JacksonJsonDeserializer<ReadingReceived> deserializer = new JacksonJsonDeserializer<>(ReadingReceived.class);
		deserializer.configure(Map.of(JacksonJsonDeserializer.USE_TYPE_INFO_HEADERS, false,
				JacksonJsonDeserializer.TRUSTED_PACKAGES, "io.cleanair.core.event"), false);
		String json = measure("JSON (v1)", events, e -> serializer.serialize("t", e),
				b -> deserializer.deserialize("t", b));
		String binary = measure("compact (v2)", events, CompactReadingCodec::encode, CompactReadingCodec::decode);
		System.out.println(
				"\nEvent encoding (" + EVENTS + " events, best of " + ROUNDS + " rounds)\n" + json + "\n" + binary);
	}

	private static String measure(String name, List<ReadingReceived> events, Function<ReadingReceived, byte[]> encode,
			Function<byte[], ReadingReceived> decode) {
		byte[][] encoded = new byte[events.size()][];
		long bestEncode = Long.MAX_VALUE;
		long bestDecode = Long.MAX_VALUE;
		for (int round = 0; round < ROUNDS; round++) {
			long started = System.nanoTime();
			for (int i = 0; i < events.size(); i++) {
				encoded[i] = encode.apply(events.get(i));
			}
			bestEncode = Math.min(bestEncode, System.nanoTime() - started);
			started = System.nanoTime();
			for (int i = 0; i < events.size(); i++) {
				ReadingReceived back = decode.apply(encoded[i]);
				if (round == 0) {
					assertThat(back).isEqualTo(events.get(i));
				}
			}
			bestDecode = Math.min(bestDecode, System.nanoTime() - started);
		}
		long bytes = 0;
		for (byte[] e : encoded) {
			bytes += e.length;
		}
		return "  %-15s %5.0f bytes per event, encode %5.2f µs, decode %5.2f µs".formatted(name,
				(double) bytes / events.size(), bestEncode / 1e3 / events.size(), bestDecode / 1e3 / events.size());
	}

}
