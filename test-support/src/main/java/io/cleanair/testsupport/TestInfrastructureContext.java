package io.cleanair.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A Spring test context on the shared real PostgreSQL and Kafka, with a database, topics
 * and consumer group of its own ({@link IsolatedInfrastructure}, injectable). Test
 * classes with the same configuration share the context and so its data; one whose
 * assertions need an empty database or topic says {@code perClass = true}. The services'
 * test annotations carry it.
 */
@Target({ ElementType.TYPE, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface TestInfrastructureContext {

	/** A context (and database and topics) for this test class alone. */
	boolean perClass() default false;

	/**
	 * Prepares the database before the service starts on it; {@code PreparedDatabase}
	 * itself (the default) leaves it empty. A context with a prepared database is the
	 * class's own.
	 */
	Class<? extends PreparedDatabase> database() default PreparedDatabase.class;

}
