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
	 * The {@code aq.topics.*} properties and their topics: the readings in the compact
	 * encoding ({@code .v2}) and, for analytics, the JSON ones of older ingests
	 * ({@code readings-v1}, {@code readings-backfill-v1}).
	 */
	private static final Map<String, String> TOPICS = topics();

	private static Map<String, String> topics() {
		Map<String, String> topics = new LinkedHashMap<>();
		topics.put("readings", "aq.readings.v2");
		topics.put("readings-backfill", "aq.readings-backfill.v2");
		topics.put("readings-v1", "aq.readings.v1");
		topics.put("readings-backfill-v1", "aq.readings-backfill.v1");
		for (String topic : new String[] { "stations", "alert-signals", "daily-results", "station-hours",
				"district-targets" }) {
			topics.put(topic, "aq." + topic + ".v1");
		}
		return java.util.Collections.unmodifiableMap(topics);
	}

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
		for (String topic : TOPICS.keySet()) {
			p.put("aq.topics." + topic, TOPICS.get(topic) + "." + suffix);
		}
		p.put("spring.kafka.consumer.group-id", owner + "-" + suffix);
		return new IsolatedInfrastructure(Map.copyOf(p), suffix);
	}

	/** The topic's name for this isolation, e.g. {@code topic("readings")}. */
	public String topic(String name) {
		String topic = TOPICS.get(name);
		if (topic == null) {
			throw new IllegalArgumentException("no topic " + name + "; known: " + TOPICS.keySet());
		}
		return topic + "." + suffix;
	}

	/**
	 * As command-line arguments, for a service started with
	 * {@code SpringApplication.run}.
	 */
	public String[] arguments() {
		return properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
	}
}
