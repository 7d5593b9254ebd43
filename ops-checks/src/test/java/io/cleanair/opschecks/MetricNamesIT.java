package io.cleanair.opschecks;

import java.io.IOException;
import java.io.Reader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import io.cleanair.alert.AlertApplication;
import io.cleanair.analytics.AnalyticsApplication;
import io.cleanair.ingest.IngestApplication;
import io.cleanair.testsupport.TestInfrastructure;
import io.cleanair.testsupport.TestKafka;
import io.cleanair.testsupport.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The metrics the service-health dashboard and the Prometheus rules read are ones the
 * services really publish: the three services run against a real broker and database,
 * take a batch of readings, and their {@code /actuator/prometheus} pages are compared
 * with the names in the queries.
 */
class MetricNamesIT {

	static final String ADMIN_KEY = "metric-names-admin-key";

	/**
	 * Named by the dashboard and the rules, not published yet (see docs/operations.md).
	 */
	static final Set<String> NOT_PUBLISHED_YET = Set.of();

	/** Made by Prometheus itself, not by a service. */
	static final Set<String> FROM_PROMETHEUS = Set.of("up");

	static final List<ConfigurableApplicationContext> services = new ArrayList<>();

	static final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	static void startServices() throws IOException {
		TestPostgres.Database database = TestInfrastructure.postgres().newDatabase("MetricNamesIT");
		String suffix = TestKafka.uniqueSuffix();
		List<String> args = List.of("--server.port=0", "--spring.datasource.url=" + database.jdbcUrl(),
				"--spring.datasource.username=" + database.username(),
				"--spring.datasource.password=" + database.password(),
				"--spring.kafka.bootstrap-servers=" + TestInfrastructure.kafka().bootstrapServers(),
				"--aq.topics.readings=aq.readings.v2." + suffix,
				"--aq.topics.readings-backfill=aq.readings-backfill.v2." + suffix,
				"--aq.topics.readings-v1=aq.readings.v1." + suffix,
				"--aq.topics.readings-backfill-v1=aq.readings-backfill.v1." + suffix,
				"--aq.topics.stations=aq.stations.v1." + suffix,
				"--aq.topics.alert-signals=aq.alert-signals.v1." + suffix, "--aq.security.admin-key=" + ADMIN_KEY,
				"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + unusedPort(),
				"--spring.main.register-shutdown-hook=false", "--spring.main.banner-mode=off");
		String[] a = args.toArray(String[]::new);
		services.add(IngestApplication.start(a));
		services.add(AnalyticsApplication.start(a));
		services.add(AlertApplication.start(a));
	}

	@AfterAll
	static void stopServices() {
		for (int i = services.size() - 1; i >= 0; i--) {
			services.get(i).close();
		}
	}

	@Test
	void everyMetricOfTheDashboardAndTheRulesIsPublished() throws Exception {
		send("PUT", 0, "/api/v1/stations/dongsi",
				"{\"name\":\"Dongsi\",\"districtId\":\"dongcheng\",\"kind\":\"NATIONAL\",\"active\":true}");
		send("POST", 0, "/api/v1/readings",
				"""
						{"readings":[{"stationId":"dongsi","time":"2026-11-28T08:00:00+08:00","pollutant":"PM2_5","value":"75","unit":"ug/m3"},
						{"stationId":"dongsi","time":"2026-11-28T08:00:00+08:00","pollutant":"PM10","value":"-1","unit":"ug/m3"}]}""");
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> scrape(1).contains("aq_analytics_batch_seconds_count"));

		Set<String> published = new TreeSet<>();
		for (int i = 0; i < services.size(); i++) {
			published.addAll(names(scrape(i)));
		}
		Set<String> used = new TreeSet<>();
		GrafanaDashboards.queries()
			.stream()
			.filter(q -> q.datasourceUid().equals("aq-prometheus"))
			.forEach(q -> used.addAll(PromQlMetrics.in(q.target().path("expr").asString())));
		used.addAll(ruleMetrics());
		used.removeAll(FROM_PROMETHEUS);
		used.removeAll(NOT_PUBLISHED_YET);
		assertThat(used).isNotEmpty();
		assertThat(published).containsAll(used);
	}

	@SuppressWarnings("unchecked")
	private static Set<String> ruleMetrics() throws IOException {
		Set<String> names = new TreeSet<>();
		List<Path> ruleFiles;
		try (Stream<Path> files = Files.list(RepositoryFiles.resolve("prometheus/rules"))) {
			ruleFiles = files.filter(p -> p.toString().endsWith(".yml") && !p.toString().endsWith(".test.yml"))
				.sorted()
				.toList();
		}
		for (Path file : ruleFiles) {
			try (Reader in = Files.newBufferedReader(file)) {
				Map<String, Object> root = new Yaml().load(in);
				for (Map<String, Object> group : (List<Map<String, Object>>) root.get("groups")) {
					for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
						names.addAll(PromQlMetrics.in(String.valueOf(rule.get("expr"))));
					}
				}
			}
		}
		return names;
	}

	private static Set<String> names(String page) {
		Set<String> names = new TreeSet<>();
		page.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(l -> names.add(l.split("[{ ]", 2)[0]));
		return names;
	}

	private static String scrape(int service) throws IOException, InterruptedException {
		return send("GET", service, "/actuator/prometheus", null);
	}

	private static String send(String method, int service, String path, String body)
			throws IOException, InterruptedException {
		int port = ((WebServerApplicationContext) services.get(service)).getWebServer().getPort();
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Bearer " + ADMIN_KEY)
			.header("Content-Type", "application/json")
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as("%s %s: %s", method, path, response.body()).isBetween(200, 299);
		return response.body();
	}

	private static int unusedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
