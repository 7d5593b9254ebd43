package io.cleanair.alert;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Tells the right officials: consumes alert signals and delivers notifications through a
 * durable outbox.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class AlertApplication {

	/**
	 * Each service reads its own file, so that all three can share one classpath in the
	 * local stack.
	 */
	public static final String CONFIG_NAME = "spring.config.name=alert-service";

	public static void main(String[] args) {
		start(args);
	}

	public static ConfigurableApplicationContext start(String... args) {
		return new SpringApplicationBuilder(AlertApplication.class).properties(CONFIG_NAME).run(args);
	}

}
