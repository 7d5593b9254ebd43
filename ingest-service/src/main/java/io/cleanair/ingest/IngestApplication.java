package io.cleanair.ingest;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The stations' front door: station registry, validation, publishing readings to Kafka.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IngestApplication {

	/**
	 * Each service reads its own file, so that all three can share one classpath in the
	 * local stack.
	 */
	public static final String CONFIG_NAME = "spring.config.name=ingest-service";

	public static void main(String[] args) {
		start(args);
	}

	public static ConfigurableApplicationContext start(String... args) {
		return new SpringApplicationBuilder(IngestApplication.class).properties(CONFIG_NAME).run(args);
	}

}
