package io.cleanair.analytics;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/** Persists readings, computes results and emits alert signals. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AnalyticsApplication {

	/**
	 * Each service reads its own file, so that all three can share one classpath in the
	 * local stack.
	 */
	public static final String CONFIG_NAME = "spring.config.name=analytics-service";

	public static void main(String[] args) {
		start(args);
	}

	public static ConfigurableApplicationContext start(String... args) {
		return new SpringApplicationBuilder(AnalyticsApplication.class).properties(CONFIG_NAME).run(args);
	}

}
