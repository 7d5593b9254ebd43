package io.cleanair.alert.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.cleanair.alert.AlertApplication;
import io.cleanair.testsupport.TestInfrastructureContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * An alert-service integration test: the whole service on a random port, with a database
 * and topics of its own on the real PostgreSQL and Kafka, an in-process SMTP server, a
 * stub SMS gateway, a stub of analytics' API ({@link AnalyticsStub}) and a
 * {@link io.cleanair.testsupport.TestClock} (all four injectable, see
 * {@link AlertHarness}), and the admin key {@link #ADMIN_KEY}. Officials come from a YAML
 * file under {@code officials/}, imported with
 * {@code @TestPropertySource(properties = "spring.config.import=classpath:officials/<file>.yml")}.
 * Test classes with the same properties share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(classes = AlertApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { AlertApplication.CONFIG_NAME, "aq.security.admin-key=" + AlertIntegrationTest.ADMIN_KEY,
				"aq.alert.sms.provider=webhook" })
@AutoConfigureWebTestClient(timeout = "30s")
@ContextConfiguration(initializers = AlertHarness.class)
@TestInfrastructureContext
public @interface AlertIntegrationTest {

	String ADMIN_KEY = "alert-test-admin-key";

}
