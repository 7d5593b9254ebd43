package io.cleanair.alert.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.annotation.DirtiesContext;

/**
 * An {@link AlertIntegrationTest} whose properties no other class shares: its context is
 * closed after the class, while Kafka is still up, instead of being kept for classes that
 * never come. Contexts left for the end of the run are closed against a stopped broker, a
 * few seconds each, and enough of them outlast the test JVM's exit timeout.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@AlertIntegrationTest
@DirtiesContext
public @interface OwnAlertContext {

}
