package io.cleanair.analytics.config;

import io.cleanair.core.event.CompactReadingCodec;
import io.cleanair.core.event.ReadingReceived;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A {@link ReadingReceived} as Kafka bytes in {@link CompactReadingCodec}'s encoding:
 * what an invalid reading of a {@code .v2} readings topic is written back as on its
 * dead-letter topic.
 */
public class CompactReadingSerializer implements Serializer<ReadingReceived> {

	@Override
	public byte[] serialize(String topic, ReadingReceived reading) {
		return reading == null ? null : CompactReadingCodec.encode(reading);
	}

}
