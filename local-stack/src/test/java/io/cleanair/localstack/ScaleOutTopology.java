package io.cleanair.localstack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import io.cleanair.alert.AlertApplication;
import io.cleanair.analytics.AnalyticsApplication;
import io.cleanair.ingest.IngestApplication;
import io.cleanair.testsupport.TestPostgres;
import io.cleanair.testsupport.TopicReader;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Instances {@code a} and {@code b} of ingest, analytics and alert, each a JVM of its
 * own, on one database and one broker; {@code a} of each is the one killed. Alert-service
 * reads analytics through {@code b} (a load balancer's job in a deployment). The clocks
 * are real: the day-close rules run every 20 seconds, the briefing is due from midnight,
 * the principal is told after 20 s without acknowledgement and the city leader once a
 * condition persisted 40 s.
 */
final class ScaleOutTopology {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final HttpClient http = HttpClient.newHttpClient();

	private final TestPostgres.Database database;

	private final String bootstrap;

	private final String suffix;

	private final String adminKey;

	private final int smtpPort;

	private final String smsUrl;

	private final Map<String, ServiceProcess> instances = new LinkedHashMap<>();

	ScaleOutTopology(TestPostgres.Database database, String bootstrap, String suffix, String adminKey, int smtpPort,
			String smsUrl) {
		this.database = database;
		this.bootstrap = bootstrap;
		this.suffix = suffix;
		this.adminKey = adminKey;
		this.smtpPort = smtpPort;
		this.smsUrl = smsUrl;
	}

	TestPostgres.Database database() {
		return database;
	}

	/**
	 * The readings in the compact encoding are {@code .v2}; the JSON ones of older
	 * ingests {@code readings-v1}, {@code readings-backfill-v1}.
	 */
	String topic(String name) {
		if (name.endsWith("-v1")) {
			return "aq." + name.substring(0, name.length() - 3) + ".v1." + suffix;
		}
		return "aq." + name + (name.startsWith("readings") ? ".v2." : ".v1.") + suffix;
	}

	/**
	 * Ingest first (it declares the readings topics with their partitions), then the
	 * others.
	 */
	void start(List<ServiceProcess> started, Duration atMost) {
		for (String name : List.of("ingest-a", "ingest-b")) {
			started
				.add(instances.computeIfAbsent(name, n -> ServiceProcess.start(n, IngestApplication.class, common())));
		}
		instances.values().forEach(p -> p.awaitReady(atMost));
		for (String name : List.of("analytics-a", "analytics-b")) {
			started.add(instances.computeIfAbsent(name,
					n -> ServiceProcess.start(n, AnalyticsApplication.class, analytics())));
		}
		instances.get("analytics-b").awaitReady(atMost);
		for (String name : List.of("alert-a", "alert-b")) {
			started.add(instances.computeIfAbsent(name, n -> ServiceProcess.start(n, AlertApplication.class, alert())));
		}
		instances.values().forEach(p -> p.awaitReady(atMost));
	}

	ServiceProcess ingestA() {
		return instances.get("ingest-a");
	}

	ServiceProcess ingestB() {
		return instances.get("ingest-b");
	}

	void killOneOfEach() throws InterruptedException {
		for (String name : List.of("ingest-a", "analytics-a", "alert-a")) {
			instances.get(name).kill();
		}
	}

	private Map<String, String> common() {
		Map<String, String> p = new LinkedHashMap<>();
		p.put("spring.datasource.url", database.jdbcUrl());
		p.put("spring.datasource.username", database.username());
		p.put("spring.datasource.password", database.password());
		p.put("spring.kafka.bootstrap-servers", bootstrap);
		// a dead member's partitions move after 10 s instead of the default 45 s
		p.put("spring.kafka.consumer.properties.session.timeout.ms", "10000");
		p.put("spring.kafka.consumer.properties.heartbeat.interval.ms", "2000");
		for (String t : List.of("readings", "readings-backfill", "readings-v1", "readings-backfill-v1", "stations",
				"alert-signals", "daily-results", "station-hours", "district-targets")) {
			p.put("aq.topics." + t, topic(t));
		}
		p.put("aq.security.admin-key", adminKey);
		return p;
	}

	private Map<String, String> analytics() {
		Map<String, String> p = common();
		p.put("aq.signals.day-close", "*/20 * * * * *");
		p.put("aq.signals.period-check", "PT3S");
		return p;
	}

	private Map<String, String> alert() {
		Map<String, String> p = common();
		p.put("spring.mail.host", "127.0.0.1");
		p.put("spring.mail.port", Integer.toString(smtpPort));
		p.put("aq.alert.sms.provider", "webhook");
		p.put("aq.alert.sms.webhook.url", smsUrl);
		p.put("aq.alert.dispatch-interval", "PT1S");
		p.put("aq.alert.escalation-interval", "PT2S");
		p.put("aq.alert.briefing.morning-at", "00:00");
		p.put("aq.alert.briefing.check-interval", "PT3S");
		p.put("aq.alert.briefing.initial-delay", "PT3S");
		p.put("aq.alert.analytics.url", instances.get("analytics-b").url());
		String steps = "aq.alert.routing.default.steps";
		p.put(steps + "[0].role", "DEPUTY_IN_CHARGE");
		p.put(steps + "[1].role", "PRINCIPAL_RESPONSIBLE");
		p.put(steps + "[1].unacknowledged-for", "PT20S");
		p.put(steps + "[1].at-once-from", "CRITICAL");
		p.put(steps + "[2].role", "CITY_LEADER");
		p.put(steps + "[2].persists-for", "PT40S");
		int i = 0;
		for (String district : ScaleOutLoad.DISTRICTS) {
			official(p, i++, "deputy-" + district, "DEPUTY_IN_CHARGE", district);
			official(p, i++, "principal-" + district, "PRINCIPAL_RESPONSIBLE", district);
		}
		official(p, i++, "leader", "CITY_LEADER", "*");
		official(p, i++, "duty", "BUREAU_DUTY_OFFICER", "*");
		official(p, i++, "group-1", "LEADING_GROUP", "*");
		official(p, i, "group-2", "LEADING_GROUP", "*");
		return p;
	}

	private static void official(Map<String, String> p, int i, String id, String role, String district) {
		String o = "aq.alert.officials[" + i + "].";
		p.put(o + "id", id);
		p.put(o + "name", id);
		p.put(o + "email", id + "@gov.example");
		p.put(o + "phone", "+86138%08d".formatted(i));
		p.put(o + "language", "en");
		p.put(o + "roles[0]", role);
		p.put(o + "districts[0]", district);
	}

	/**
	 * The stations at ingest, their districts and a target at analytics; returns a
	 * provider key for all the stations.
	 */
	String registerStationsAndDistricts(List<String> stations) throws Exception {
		String ingest = ingestA().url();
		for (String s : stations) {
			send("PUT", ingest + "/api/v1/stations/" + s, Map.of("name", "Station " + s, "districtId",
					ScaleOutLoad.districtOf(s), "kind", "NATIONAL", "timeZone", ScaleOutLoad.ZONE.getId()), 201);
		}
		String analytics = instances.get("analytics-a").url();
		int year = LocalDate.now(ScaleOutLoad.ZONE).getYear();
		for (String d : ScaleOutLoad.DISTRICTS) {
			send("PUT", analytics + "/api/v1/districts/" + d, Map.of("name", d, "cityId", "city"), 201);
			send("PUT", analytics + "/api/v1/districts/" + d + "/targets/" + year, Map.of("goodDayRate", 90), 201);
		}
		return json.readTree(send("POST", ingest + "/api/v1/providers/load/keys", Map.of("stations", stations), 201))
			.get("key")
			.asString();
	}

	private String send(String method, String url, Object body, int expected) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Bearer " + adminKey)
			.header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
			.build();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(method + " " + url + ": " + response.body()).isEqualTo(expected);
		return response.body();
	}

	/** The partitions the services declared, as the broker has them. */
	void assertPartitionsAtLeast(int partitions) throws ExecutionException, InterruptedException {
		try (Admin admin = admin()) {
			Map<String, TopicDescription> topics = admin
				.describeTopics(List.of(topic("readings"), topic("readings-backfill"), topic("alert-signals")))
				.allTopicNames()
				.get();
			topics.forEach((name, t) -> assertThat(t.partitions()).as(name).hasSizeGreaterThanOrEqualTo(partitions));
		}
	}

	/**
	 * Waits until the consumer groups of the readings and the signals have every
	 * partition assigned, and only to the surviving instances.
	 */
	void awaitPartitionsOnlyAt(Duration atMost) {
		Map<String, String> groups = Map.of("readings", topic("readings"), "readings-backfill",
				topic("readings-backfill"), "alert-signals", topic("alert-signals"));
		try (Admin admin = admin()) {
			await("partitions rebalanced to the survivors").atMost(atMost)
				.pollInterval(Duration.ofSeconds(1))
				.untilAsserted(() -> {
					Map<String, ConsumerGroupDescription> described = admin.describeConsumerGroups(groups.keySet())
						.all()
						.get();
					for (Map.Entry<String, String> group : groups.entrySet()) {
						int partitions = admin.describeTopics(List.of(group.getValue()))
							.allTopicNames()
							.get()
							.get(group.getValue())
							.partitions()
							.size();
						Set<Integer> assigned = new HashSet<>();
						for (MemberDescription m : described.get(group.getKey()).members()) {
							for (TopicPartition tp : m.assignment().topicPartitions()) {
								if (tp.topic().equals(group.getValue())) {
									assertThat(m.clientId()).as(group.getKey())
										.startsWith(group.getKey().equals("alert-signals") ? "alert-b" : "analytics-b");
									assigned.add(tp.partition());
								}
							}
						}
						assertThat(assigned).as(group.getKey()).hasSize(partitions);
					}
				});
		}
	}

	/** Everything the topic holds now, as JSON, in order within each partition. */
	List<JsonNode> readAll(String topic) {
		long end;
		try (Admin admin = admin()) {
			int partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size();
			Map<TopicPartition, OffsetSpec> latest = new LinkedHashMap<>();
			for (int p = 0; p < partitions; p++) {
				latest.put(new TopicPartition(topic, p), OffsetSpec.latest());
			}
			end = admin.listOffsets(latest)
				.all()
				.get()
				.values()
				.stream()
				.mapToLong(org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo::offset)
				.sum();
		}
		catch (ExecutionException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
		try (TopicReader reader = new TopicReader(bootstrap, topic)) {
			await(topic + " read").atMost(Duration.ofMinutes(1)).until(() -> reader.records().size() >= end);
			List<JsonNode> values = new ArrayList<>();
			reader.records().forEach(r -> values.add(json.readTree(r.value())));
			return values;
		}
	}

	private Admin admin() {
		return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
	}

}
