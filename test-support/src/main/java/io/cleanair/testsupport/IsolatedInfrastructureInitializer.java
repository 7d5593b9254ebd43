package io.cleanair.testsupport;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives each test context a database and topics of its own on the shared infrastructure: use it with
 * {@code @ContextConfiguration(initializers = IsolatedInfrastructureInitializer.class)} (the services'
 * test annotations do). Test classes with the same configuration share the context, and so its data.
 */
public class IsolatedInfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	/** The property source's name; its {@code aq.test.topic-suffix} says which topics the context uses. */
	public static final String SOURCE = "isolatedInfrastructure";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		String owner = context.getEnvironment().getProperty("spring.application.name", "context");
		IsolatedInfrastructure infrastructure = IsolatedInfrastructure.create(owner);
		java.util.Map<String, Object> properties = new java.util.LinkedHashMap<>(infrastructure.properties());
		properties.put("aq.test.topic-suffix", infrastructure.suffix());
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource(SOURCE, properties));
		context.getBeanFactory().registerSingleton("isolatedInfrastructure", infrastructure);
	}
}
