package io.cleanair.testsupport;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Carries out {@link TestInfrastructureContext}: the context's own database and topics,
 * before it starts.
 */
class TestInfrastructureContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		MergedAnnotation<TestInfrastructureContext> annotation = MergedAnnotations
			.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
			.get(TestInfrastructureContext.class);
		if (!annotation.isPresent()) {
			return null;
		}
		return new Isolating(annotation.getBoolean("perClass") ? testClass : null);
	}

	/**
	 * Equal for every class that shares a context; {@code owner} set for a class with a
	 * context of its own.
	 */
	private record Isolating(Class<?> owner) implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			IsolatedInfrastructure infrastructure = IsolatedInfrastructure
				.create(owner == null ? config.getTestClass().getSimpleName() : owner.getSimpleName());
			Map<String, Object> properties = new LinkedHashMap<>(infrastructure.properties());
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("isolatedInfrastructure", properties));
			context.getBeanFactory().registerSingleton("isolatedInfrastructure", infrastructure);
		}
	}

}
