package io.cleanair.analytics;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.cleanair.testsupport.PreparedDatabase;
import io.cleanair.testsupport.TestInfrastructureContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.annotation.AliasFor;

/**
 * An analytics-service integration test: the whole service on a random port, with a
 * database and topics of its own on the real PostgreSQL and Kafka
 * ({@link io.cleanair.testsupport.IsolatedInfrastructure}, injectable), the admin key of
 * {@link TestKeys}, and the signal schedules off so that tests drive them. Test classes
 * with the same configuration share a context unless {@link #ownContext()}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(classes = AnalyticsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { AnalyticsApplication.CONFIG_NAME, TestKeys.ADMIN_PROPERTY, "aq.signals.scheduling=false" })
@AutoConfigureWebTestClient(timeout = "30s")
@TestInfrastructureContext
public @interface AnalyticsIntegrationTest {

	/** A context for this class alone: it counts what the database or a topic holds. */
	@AliasFor(annotation = TestInfrastructureContext.class, attribute = "perClass")
	boolean ownContext() default false;

	/**
	 * Prepares the database before the service starts on it, e.g. with an older schema;
	 * the context is then the class's own.
	 */
	@AliasFor(annotation = TestInfrastructureContext.class, attribute = "database")
	Class<? extends PreparedDatabase> database() default PreparedDatabase.class;

}
