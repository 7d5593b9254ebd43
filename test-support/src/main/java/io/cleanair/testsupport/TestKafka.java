package io.cleanair.testsupport;

import java.util.UUID;

/**
 * A real Kafka broker shared by the tests of one JVM. Test classes isolate themselves by
 * using topic names and consumer groups of their own ({@link #uniqueSuffix()}).
 */
public record TestKafka(String kind, String bootstrapServers) {

	/** A suffix for topic and group names that no other test class uses. */
	public static String uniqueSuffix() {
		return UUID.randomUUID().toString().substring(0, 8);
	}
}
