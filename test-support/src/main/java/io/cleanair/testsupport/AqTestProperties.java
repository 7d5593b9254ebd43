package io.cleanair.testsupport;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Points a Spring test context at the shared real infrastructure, with a database, topics
 * and consumer groups of its own. Call it from a {@code @DynamicPropertySource} method.
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

	/**
	 * As {@link #register(DynamicPropertyRegistry, Class)}, with a database the test
	 * prepared itself.
	 */
	public static String register(DynamicPropertyRegistry registry, Class<?> testClass,
			TestPostgres.Database database) {
		IsolatedInfrastructure infrastructure = IsolatedInfrastructure.create(testClass.getSimpleName(), database);
		infrastructure.properties().forEach((name, value) -> registry.add(name, () -> value));
		return infrastructure.suffix();
	}

}
