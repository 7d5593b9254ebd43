package io.cleanair.testsupport;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.BeanUtils;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Carries out {@link TestInfrastructureContext}: the context's own database and topics,
 * before it starts.
 */
class TestInfrastructureContextCustomizerFactory implements ContextCustomizerFactory {

	/**
	 * The properties of the test's {@code @DynamicPropertySource} methods: they win over
	 * the isolated infrastructure's (e.g. a broker of the test's own).
	 */
	private static final String DYNAMIC_PROPERTIES = "Dynamic Test Properties";

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		MergedAnnotation<TestInfrastructureContext> annotation = MergedAnnotations
			.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
			.get(TestInfrastructureContext.class);
		if (!annotation.isPresent()) {
			return null;
		}
		Class<?> database = annotation.getClass("database");
		boolean own = annotation.getBoolean("perClass") || database != PreparedDatabase.class;
		return new Isolating(own ? testClass : null, database);
	}

	/**
	 * Equal for every class that shares a context; {@code owner} set for a class with a
	 * context of its own, {@code database} the {@link PreparedDatabase} of the context.
	 */
	private record Isolating(Class<?> owner, Class<?> database) implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			String name = owner == null ? config.getTestClass().getSimpleName() : owner.getSimpleName();
			TestPostgres.Database db = TestInfrastructure.postgres().newDatabase(name);
			if (database != PreparedDatabase.class) {
				try {
					BeanUtils.instantiateClass(database, PreparedDatabase.class).prepare(db);
				}
				catch (Exception ex) {
					throw new IllegalStateException("Could not prepare the database of " + name, ex);
				}
			}
			IsolatedInfrastructure infrastructure = IsolatedInfrastructure.create(name, db);
			Map<String, Object> properties = new LinkedHashMap<>(infrastructure.properties());
			MutablePropertySources sources = context.getEnvironment().getPropertySources();
			MapPropertySource isolated = new MapPropertySource("isolatedInfrastructure", properties);
			if (sources.contains(DYNAMIC_PROPERTIES)) {
				sources.addAfter(DYNAMIC_PROPERTIES, isolated);
			}
			else {
				sources.addFirst(isolated);
			}
			context.getBeanFactory().registerSingleton("isolatedInfrastructure", infrastructure);
		}
	}

}
