package io.cleanair.ingest.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.cleanair.ingest.IngestApplication;
import io.cleanair.testsupport.PreparedDatabase;
import io.cleanair.testsupport.TestInfrastructureContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.annotation.AliasFor;

/**
 * An ingest-service integration test: the whole service on a random port, with a database
 * and topics of its own on the real PostgreSQL and Kafka, and the admin key
 * {@link IngestClient#ADMIN_KEY}. Add {@code @Import(FixedClock.class)} for a fixed
 * clock. Test classes with the same configuration share a context unless
 * {@link #ownContext()}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(classes = IngestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { IngestApplication.CONFIG_NAME, IngestClient.ADMIN_KEY_PROPERTY })
@AutoConfigureWebTestClient(timeout = "30s")
@TestInfrastructureContext
public @interface IngestIntegrationTest {

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
