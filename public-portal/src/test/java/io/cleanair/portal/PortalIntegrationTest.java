package io.cleanair.portal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.cleanair.testsupport.TestInfrastructureContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;

/**
 * A public-portal integration test: the whole portal on a random port, reading topics of
 * its own on the real Kafka (inject
 * {@link io.cleanair.testsupport.IsolatedInfrastructure} for their suffix, to publish
 * with {@link Events}) into a database of its own, refreshing its view every 0.2 s. Test
 * classes with the same configuration share one context; each publishes the same demo
 * data, so sharing changes nothing they see.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(classes = PortalApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { PortalApplication.CONFIG_NAME, "aq.portal.refresh-interval=PT0.2S" })
@AutoConfigureWebTestClient(timeout = "30s")
@TestInfrastructureContext
public @interface PortalIntegrationTest {

}
