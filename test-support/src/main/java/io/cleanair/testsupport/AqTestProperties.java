package io.cleanair.testsupport;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Points a Spring test context at the shared real infrastructure, with a database, topics and consumer
 * groups of its own. Call it from a {@code @DynamicPropertySource} method.
 */
public final class AqTestProperties {

	private AqTestProperties() {
	}

	/**
	 * Registers the datasource, the Kafka bootstrap servers and per-class topic names
	 * ({@code aq.topics.*}) and returns the suffix used, so the test can find its topics.
	 */
	public static String register(DynamicPropertyRegistry registry, Class<?> testClass) {
		return register(registry, testClass, TestInfrastructure.postgres().newDatabase(testClass.getSimpleName()));
	}

	/** As {@link #register(DynamicPropertyRegistry, Class)}, with a database the test prepared itself. */
	public static String register(DynamicPropertyRegistry registry, Class<?> testClass, TestPostgres.Database database) {
		registry.add("spring.datasource.url", database::jdbcUrl);
		registry.add("spring.datasource.username", database::username);
		registry.add("spring.datasource.password", database::password);
		String suffix = TestKafka.uniqueSuffix();
		registry.add("spring.kafka.bootstrap-servers", () -> TestInfrastructure.kafka().bootstrapServers());
		registry.add("aq.topics.readings", () -> "aq.readings.v1." + suffix);
		registry.add("aq.topics.readings-backfill", () -> "aq.readings-backfill.v1." + suffix);
		registry.add("aq.topics.stations", () -> "aq.stations.v1." + suffix);
		registry.add("aq.topics.alert-signals", () -> "aq.alert-signals.v1." + suffix);
		registry.add("aq.topics.daily-results", () -> "aq.daily-results.v1." + suffix);
		registry.add("aq.topics.station-hours", () -> "aq.station-hours.v1." + suffix);
		registry.add("aq.topics.district-targets", () -> "aq.district-targets.v1." + suffix);
		registry.add("spring.kafka.consumer.group-id", () -> testClass.getSimpleName() + "-" + suffix);
		return suffix;
	}
}
