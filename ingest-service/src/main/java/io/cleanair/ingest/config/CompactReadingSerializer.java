package io.cleanair.ingest.config;

import io.cleanair.core.event.CompactReadingCodec;
import io.cleanair.core.event.ReadingReceived;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A {@link ReadingReceived} as Kafka bytes in {@link CompactReadingCodec}'s encoding, the
 * encoding of the {@code .v2} readings topics.
 */
public class CompactReadingSerializer implements Serializer<ReadingReceived> {

	@Override
	public byte[] serialize(String topic, ReadingReceived reading) {
		return reading == null ? null : CompactReadingCodec.encode(reading);
	}

}
