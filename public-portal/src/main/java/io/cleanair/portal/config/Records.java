package io.cleanair.portal.config;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.serializer.SerializationUtils;

/** Batch helpers for the listeners. */
public final class Records {

	private Records() {
	}

	/**
	 * Fails the batch at the first record whose value could not be read, so the error
	 * handler sends it to the dead-letter topic and redelivers the rest; a tombstone
	 * (null without an error) passes.
	 */
	public static <T> void rejectUnreadable(List<ConsumerRecord<String, T>> records) {
		for (int i = 0; i < records.size(); i++) {
			ConsumerRecord<String, T> r = records.get(i);
			if (r.value() == null
					&& r.headers().lastHeader(SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER) != null) {
				throw new BatchListenerFailedException("unreadable record at offset " + r.offset(), i);
			}
		}
	}

}
