package io.cleanair.analytics.config;

import io.cleanair.core.event.CompactReadingCodec;
import io.cleanair.core.event.ReadingReceived;
import io.cleanair.core.event.UnreadableReadingException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * A {@link ReadingReceived} from Kafka bytes in {@link CompactReadingCodec}'s encoding,
 * the encoding of the {@code .v2} readings topics. Bytes that are not such an event throw
 * {@link UnreadableReadingException}, which the error-handling deserializer turns into a
 * poison record, as it does with JSON that is not a reading.
 */
public class CompactReadingDeserializer implements Deserializer<ReadingReceived> {

	@Override
	public ReadingReceived deserialize(String topic, byte[] bytes) {
		return bytes == null ? null : CompactReadingCodec.decode(bytes);
	}

}
