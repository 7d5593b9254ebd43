package io.cleanair.alert.support;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.cleanair.testsupport.TestClock;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * What an alert-service test context talks to instead of the outside world: an SMTP
 * server, a stub SMS gateway, a stub of analytics-service's API and a clock the test
 * moves. Each context gets its own; they are beans (inject {@link GreenMail},
 * {@link StubSmsGateway}, {@link AnalyticsStub}, {@link TestClock}) and stop with the
 * context.
 */
public class AlertHarness implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Sinks sinks = Sinks.start();
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("alertHarness", sinks.properties()));
		context.getBeanFactory().registerSingleton("testSmtp", sinks.smtp());
		context.getBeanFactory().registerSingleton("testSmsGateway", sinks.gateway());
		context.getBeanFactory().registerSingleton("testAnalytics", sinks.analytics());
		context.getBeanFactory().registerSingleton("testClock", new TestClock());
		context.addApplicationListener(event -> {
			if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
				sinks.close();
			}
		});
	}

	/**
	 * The property sources a test context has that a service started from
	 * {@code application.yml} alone has not.
	 */
	private static final Set<String> TEST_PROPERTY_SOURCES = Set.of("alertHarness", "isolatedInfrastructure",
			TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME, "Dynamic Test Properties");

	/**
	 * The command-line arguments that start another instance of a test context's service,
	 * as another process would run it ({@code AlertApplication.start}): the same
	 * database, topics and consumer group, SMTP server and SMS gateway, the test's own
	 * properties, and a port of its own.
	 */
	public static String[] anotherInstance(ConfigurableEnvironment environment) {
		Set<String> names = new LinkedHashSet<>();
		environment.getPropertySources()
			.stream()
			.filter(source -> TEST_PROPERTY_SOURCES.contains(source.getName()))
			.forEach(source -> names.addAll(Set.of(((EnumerablePropertySource<?>) source).getPropertyNames())));
		names.remove("server.port");
		return Stream
			.concat(Stream.of("--server.port=0"),
					names.stream().map(name -> "--" + name + "=" + environment.getProperty(name)))
			.toArray(String[]::new);
	}

	/**
	 * An SMTP server, an SMS gateway stub and an analytics stub, started, with the
	 * properties that point the service at them.
	 */
	public record Sinks(GreenMail smtp, StubSmsGateway gateway, AnalyticsStub analytics) implements AutoCloseable {

		public static Sinks start() {
			GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
			smtp.start();
			return new Sinks(smtp, new StubSmsGateway(), new AnalyticsStub());
		}

		public Map<String, Object> properties() {
			return Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port", smtp.getSmtp().getPort(),
					"aq.alert.sms.webhook.url", gateway.url("/sms"), "aq.alert.analytics.url", analytics.url());
		}

		/**
		 * As command-line arguments, for a service started with
		 * {@code SpringApplication.run}.
		 */
		public String[] arguments() {
			return properties().entrySet()
				.stream()
				.map(e -> "--" + e.getKey() + "=" + e.getValue())
				.toArray(String[]::new);
		}

		@Override
		public void close() {
			smtp.stop();
			gateway.close();
			analytics.close();
		}
	}

}
