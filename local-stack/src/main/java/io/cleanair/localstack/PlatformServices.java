package io.cleanair.localstack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.cleanair.alert.AlertApplication;
import io.cleanair.analytics.AnalyticsApplication;
import io.cleanair.ingest.IngestApplication;
import io.cleanair.portal.PortalApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The four services, each in an application context of its own inside this JVM, pointed
 * at the given database, broker and SMTP server. The public portal gets none of the
 * others' settings (keys, officials): only the database, the broker and the topic names.
 */
public final class PlatformServices implements AutoCloseable {

	private final List<ConfigurableApplicationContext> contexts;

	private PlatformServices(List<ConfigurableApplicationContext> contexts) {
		this.contexts = contexts;
	}

	/**
	 * @param settings addresses and ports; {@code extra} holds further properties for
	 * ingest, analytics and alert (topic names in tests, the demo officials locally); the
	 * portal takes only its {@code aq.topics.*}
	 */
	public static PlatformServices start(Settings settings) {
		List<ConfigurableApplicationContext> started = new ArrayList<>();
		try {
			started.add(IngestApplication.start(args(settings, settings.ingestPort())));
			started.add(AnalyticsApplication.start(args(settings, settings.analyticsPort())));
			started.add(AlertApplication.start(args(settings, settings.alertPort())));
			started.add(PortalApplication.start(portalArgs(settings)));
		}
		catch (RuntimeException e) {
			new PlatformServices(started).close();
			throw e;
		}
		return new PlatformServices(started);
	}

	private static String[] args(Settings s, int port) {
		List<String> args = new ArrayList<>(List.of("--server.port=" + port, "--spring.datasource.url=" + s.jdbcUrl(),
				"--spring.datasource.username=" + s.jdbcUser(), "--spring.datasource.password=" + s.jdbcPassword(),
				"--spring.kafka.bootstrap-servers=" + s.kafkaBootstrap(), "--spring.mail.host=127.0.0.1",
				"--spring.mail.port=" + s.smtpPort(), "--spring.main.register-shutdown-hook=false",
				"--logging.register-shutdown-hook=false", "--spring.main.banner-mode=off"));
		s.extra().forEach((key, value) -> args.add("--" + key + "=" + value));
		return args.toArray(String[]::new);
	}

	/**
	 * The portal's own schema in the same database, and nothing of the other services'
	 * configuration.
	 */
	private static String[] portalArgs(Settings s) {
		List<String> args = new ArrayList<>(List.of("--server.port=" + s.portalPort(),
				"--spring.datasource.url=" + s.jdbcUrl(), "--spring.datasource.username=" + s.portalJdbcUser(),
				"--spring.datasource.password=" + s.portalJdbcPassword(),
				"--spring.kafka.bootstrap-servers=" + s.kafkaBootstrap(), "--spring.main.register-shutdown-hook=false",
				"--logging.register-shutdown-hook=false", "--spring.main.banner-mode=off"));
		s.extra().forEach((key, value) -> {
			if (key.startsWith("aq.topics.") || key.startsWith("aq.portal.")) {
				args.add("--" + key + "=" + value);
			}
		});
		return args.toArray(String[]::new);
	}

	public int ingestPort() {
		return port(0);
	}

	public int analyticsPort() {
		return port(1);
	}

	public int alertPort() {
		return port(2);
	}

	public int portalPort() {
		return port(3);
	}

	private int port(int index) {
		return ((WebServerApplicationContext) contexts.get(index)).getWebServer().getPort();
	}

	/** Stops the services in the reverse order of their start. */
	@Override
	public void close() {
		for (int i = contexts.size() - 1; i >= 0; i--) {
			contexts.get(i).close();
		}
	}

	/**
	 * Where the services find their infrastructure; port 0 picks a free port. The portal
	 * logs in as {@code portalJdbcUser} (its own role where the stack made one; the
	 * others' user otherwise).
	 */
	public record Settings(String jdbcUrl, String jdbcUser, String jdbcPassword, String kafkaBootstrap, int smtpPort,
			int ingestPort, int analyticsPort, int alertPort, int portalPort, Map<String, String> extra,
			String portalJdbcUser, String portalJdbcPassword) {

		/** The portal with the same database user as the other services. */
		public Settings(String jdbcUrl, String jdbcUser, String jdbcPassword, String kafkaBootstrap, int smtpPort,
				int ingestPort, int analyticsPort, int alertPort, int portalPort, Map<String, String> extra) {
			this(jdbcUrl, jdbcUser, jdbcPassword, kafkaBootstrap, smtpPort, ingestPort, analyticsPort, alertPort,
					portalPort, extra, jdbcUser, jdbcPassword);
		}
	}

}
