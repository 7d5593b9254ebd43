package io.cleanair.portal;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Public disclosure: the residents' page and the open API, from a read model built of
 * events only.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class PortalApplication {

	/**
	 * Each service reads its own file, so that all services can share one classpath in
	 * the local stack.
	 */
	public static final String CONFIG_NAME = "spring.config.name=public-portal";

	public static void main(String[] args) {
		start(args);
	}

	public static ConfigurableApplicationContext start(String... args) {
		return new SpringApplicationBuilder(PortalApplication.class).properties(CONFIG_NAME).run(args);
	}

}
