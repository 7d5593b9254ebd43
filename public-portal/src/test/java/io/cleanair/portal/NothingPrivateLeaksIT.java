package io.cleanair.portal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import io.cleanair.testsupport.IsolatedInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Walks every path of the OpenAPI document (with every station and district, in JSON and
 * CSV, with good and bad parameters), the pages in both languages and the problems, and
 * finds no official, contact, key, incident, event id or other internal identifier in any
 * header or body.
 */
@PortalIntegrationTest
class NothingPrivateLeaksIT {

	@Autowired
	IsolatedInfrastructure infrastructure;

	static final Map<String, Pattern> FORBIDDEN = new LinkedHashMap<>();

	static {
		FORBIDDEN.put("an e-mail address", Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"));
		FORBIDDEN.put("a mobile number", Pattern.compile("(?<![0-9])(\\+?86[- ]?)?1[3-9][0-9]{9}(?![0-9])"));
		FORBIDDEN.put("an international phone number", Pattern.compile("\\+[0-9][0-9 -]{7,}[0-9]"));
		FORBIDDEN.put("an API key", Pattern.compile("aq_[A-Za-z0-9_-]{6,}|(?i)bearer\\s"));
		FORBIDDEN.put("a UUID (event, key or incident id)",
				Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"));
		FORBIDDEN.put("an internal word", Pattern.compile(
				"(?i)official|incident|escalat|acknowledg|password|secret|api[ _-]?key|eventId|dedup|jdbc:|postgres|kafka|"
						+ "aq\\.(stations|station-hours|daily-results|district-targets|readings|alert-signals)|\\.DLT|"
						+ "责任人|官员|手机|电话|邮箱|事件编号"));
	}

	@Autowired
	WebTestClient web;

	@Autowired
	JsonMapper json;

	@Test
	void noPageAnswerOrProblemCarriesAnythingPrivate() {
		List<UUID> eventIds;
		try (Events events = new Events(infrastructure.suffix())) {
			DemoData.publish(events);
			eventIds = events.eventIds();
		}
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(get("/api/public/v1/districts").getResponseBody()).asString()
				.contains("海淀区", "\"monthRank\""));

		List<String> uris = new ArrayList<>(List.of("/", "/?lang=en", "/?lang=zh", "/v3/api-docs",
				"/api/public/v1/stations?size=0", "/api/public/v1/stations/nowhere",
				"/api/public/v1/districts/nowhere/days", "/api/public/v1/rankings?month=13", "/stations/nowhere"));
		List<String> stations = List.of("dongsi", "tiantan", "wanliu");
		List<String> districts = List.of("dongcheng", "haidian");
		for (String s : stations) {
			uris.add("/stations/" + s);
			uris.add("/stations/" + s + "?lang=en");
		}
		JsonNode paths = json.readTree(get("/v3/api-docs").getResponseBody()).get("paths");
		Iterator<String> names = paths.propertyNames().iterator();
		int documented = 0;
		while (names.hasNext()) {
			String path = names.next();
			documented++;
			List<String> ids = path.contains("/stations/{id}") ? stations
					: path.contains("/districts/{id}") ? districts : List.of("");
			for (String id : ids) {
				String uri = path.replace("{id}", id);
				uris.add(uri);
				uris.add(uri + "?format=csv");
				uris.add(uri + "?from=not-a-time");
			}
		}
		assertThat(documented).as("paths in the OpenAPI document").isGreaterThanOrEqualTo(6);

		int answers = 0;
		for (String uri : uris) {
			EntityExchangeResult<byte[]> result = get(uri);
			String everything = result.getResponseHeaders().toString() + "\n"
					+ new String(result.getResponseBody() == null ? new byte[0] : result.getResponseBody(),
							java.nio.charset.StandardCharsets.UTF_8);
			FORBIDDEN.forEach((what, pattern) -> assertThat(pattern.matcher(everything).find())
				.as("%s in the answer to %s:%n%s", what, uri, everything)
				.isFalse());
			eventIds.forEach(id -> assertThat(everything).as("event id in %s", uri).doesNotContain(id.toString()));
			answers++;
		}
		assertThat(answers).isGreaterThan(40);
	}

	@Test
	void theDetectorsFindWhatTheyLookFor() {
		List<String> samples = List.of("zhang.min@dongcheng.aq.local", "+86 13800138000", "aq_k3yS3cr3tV4lue",
				"Bearer abc", "b9f7a4e2-1c3d-4e5f-8a9b-0c1d2e3f4a5b", "incident 42", "责任人");
		for (String sample : samples) {
			assertThat(FORBIDDEN.values().stream().anyMatch(p -> p.matcher("text " + sample + " text").find()))
				.as(sample)
				.isTrue();
		}
	}

	private EntityExchangeResult<byte[]> get(String uri) {
		return web.get().uri(uri).accept(MediaType.ALL).exchange().expectBody().returnResult();
	}

}
