package io.cleanair.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The properties that point a service at the shared real PostgreSQL and Kafka with a
 * database, topics and consumer group of its own.
 *
 * @param suffix the suffix of the topic names and the consumer group
 */
public record IsolatedInfrastructure(Map<String, Object> properties, String suffix) {

	/**
	 * A new database and topic suffix, named after {@code owner} (a test class, a
	 * context).
	 */
	public static IsolatedInfrastructure create(String owner) {
		return create(owner, TestInfrastructure.postgres().newDatabase(owner));
	}

	/** As {@link #create(String)}, with a database the test prepared itself. */
	public static IsolatedInfrastructure create(String owner, TestPostgres.Database database) {
		Map<String, Object> p = new LinkedHashMap<>();
		p.put("spring.datasource.url", database.jdbcUrl());
		p.put("spring.datasource.username", database.username());
		p.put("spring.datasource.password", database.password());
		String suffix = TestKafka.uniqueSuffix();
		p.put("spring.kafka.bootstrap-servers", TestInfrastructure.kafka().bootstrapServers());
		for (String topic : new String[] { "readings", "readings-backfill", "stations", "alert-signals",
				"daily-results", "station-hours", "district-targets" }) {
			p.put("aq.topics." + topic, "aq." + topic + ".v1." + suffix);
		}
		p.put("spring.kafka.consumer.group-id", owner + "-" + suffix);
		return new IsolatedInfrastructure(Map.copyOf(p), suffix);
	}

	/** The topic's name for this isolation, e.g. {@code topic("readings")}. */
	public String topic(String name) {
		return "aq." + name + ".v1." + suffix;
	}

	/**
	 * As command-line arguments, for a service started with
	 * {@code SpringApplication.run}.
	 */
	public String[] arguments() {
		return properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
	}
}
