package io.cleanair.analytics;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What an {@link AnalyticsIntegrationTest} that sends readings to Kafka and reads what
 * became of them uses: the API as admin ({@link #web}), the Kafka template (it writes a
 * reading in the encoding of the topic it goes to), the database and the readings topics
 * of its context.
 */
public abstract class ReadingsFlowTest {

	/** The service's API with the admin key of {@link TestKeys}. */
	protected WebTestClient web;

	@Autowired
	protected KafkaTemplate<String, Object> kafka;

	@Autowired
	protected JdbcClient jdbc;

	/** Current readings in the compact encoding ({@code .v2}). */
	@Value("${aq.topics.readings}")
	protected String readingsTopic;

	/** Current readings in JSON, as ingests older than the compact encoding sent them. */
	@Value("${aq.topics.readings-v1}")
	protected String readingsV1Topic;

	@Autowired
	void client(WebTestClient client) {
		this.web = TestKeys.asAdmin(client);
	}

}
