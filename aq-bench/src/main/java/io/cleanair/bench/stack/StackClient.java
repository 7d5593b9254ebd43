package io.cleanair.bench.stack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stack's HTTP APIs the benchmark uses, with the JDK client; every key travels as
 * {@code Authorization: Bearer}.
 */
public final class StackClient {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	/**
	 * A load request stores a month of every station: about 15 s for 100 stations here.
	 */
	private static final Duration LOAD_TIMEOUT = Duration.ofMinutes(10);

	private final HttpClient http;

	private final URI ingest;

	private final URI analytics;

	private final URI alert;

	private final String adminKey;

	private final JsonMapper json = JsonMapper.builder().build();

	public StackClient(HttpClient http, URI ingest, URI analytics, URI alert, String adminKey) {
		this.http = http;
		this.ingest = ingest;
		this.analytics = analytics;
		this.alert = alert;
		this.adminKey = adminKey;
	}

	public static HttpClient httpClient() {
		return HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
	}

	public void registerStation(String id, String districtId) throws IOException, InterruptedException {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", "benchmark station " + id);
		body.put("districtId", districtId);
		body.put("kind", "SENSOR");
		body.put("latitude", 39.9);
		body.put("longitude", 116.4);
		body.put("active", true);
		expect2xx(send(request(ingest, "/api/v1/stations/" + id, adminKey).PUT(jsonBody(body))), "PUT station " + id);
	}

	/** A provider key for these stations (the secret of the 201). */
	public String providerKey(String provider, List<String> stations) throws IOException, InterruptedException {
		HttpResponse<String> response = send(request(ingest, "/api/v1/providers/" + provider + "/keys", adminKey)
			.POST(jsonBody(Map.of("stations", stations))));
		expect2xx(response, "POST provider key");
		return json.readTree(response.body()).path("key").asString();
	}

	/** An official answering by SMS for the given districts, at every hour. */
	public void registerOfficial(String id, List<String> districts) throws IOException, InterruptedException {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", "Benchmark " + id);
		body.put("email", id + "@bench.aq.local");
		body.put("phone", "+8613800000000");
		body.put("language", "en");
		body.put("roles", List.of("PRINCIPAL_RESPONSIBLE", "DEPUTY_IN_CHARGE"));
		body.put("districts", districts);
		body.put("active", true);
		expect2xx(send(request(alert, "/api/v1/officials/" + id, adminKey).PUT(jsonBody(body))), "PUT official " + id);
	}

	/** Posts a batch; answers the number of readings accepted. */
	public int post(String key, String body) throws IOException, InterruptedException {
		HttpResponse<String> response = send(
				request(ingest, "/api/v1/readings", key).POST(HttpRequest.BodyPublishers.ofString(body)));
		expect2xx(response, "POST /api/v1/readings");
		return json.readTree(response.body()).path("accepted").asInt(0);
	}

	/** Whether analytics answers the station's reading of this pollutant in this hour. */
	public boolean queryable(String station, Instant hour, String pollutant) throws IOException, InterruptedException {
		String path = "/api/v1/stations/" + station + "/readings?from=" + iso(hour) + "&to="
				+ iso(hour.plusSeconds(3600));
		HttpResponse<String> response = send(request(analytics, path, adminKey).GET());
		expect2xx(response, "GET readings of " + station);
		for (JsonNode reading : json.readTree(response.body())) {
			if (pollutant.equals(reading.path("pollutant").asString())) {
				return true;
			}
		}
		return false;
	}

	/** GET on analytics; answers the status and the body's length. */
	public HttpResponse<String> analytics(String pathAndQuery) throws IOException, InterruptedException {
		return send(request(analytics, pathAndQuery, adminKey).GET());
	}

	/**
	 * POST without a body on analytics (its admin endpoints); answers the body as JSON.
	 */
	public JsonNode analyticsPost(String pathAndQuery) throws IOException, InterruptedException {
		HttpResponse<String> response = send(request(analytics, pathAndQuery, adminKey).timeout(LOAD_TIMEOUT)
			.POST(HttpRequest.BodyPublishers.noBody()));
		expect2xx(response, "POST " + pathAndQuery.replaceAll("\\?.*", ""));
		return json.readTree(response.body());
	}

	/** GET on analytics that must answer 2xx; answers the body as JSON. */
	public JsonNode analyticsJson(String pathAndQuery) throws IOException, InterruptedException {
		HttpResponse<String> response = analytics(pathAndQuery);
		expect2xx(response, "GET " + pathAndQuery.replaceAll("\\?.*", ""));
		return json.readTree(response.body());
	}

	private static String iso(Instant instant) {
		return URLEncoder.encode(instant.atOffset(ZoneOffset.UTC).toString(), StandardCharsets.UTF_8);
	}

	private HttpRequest.BodyPublisher jsonBody(Object body) {
		return HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body));
	}

	private static HttpRequest.Builder request(URI base, String path, String key) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/+$", "") + path))
			.timeout(TIMEOUT)
			.header("Content-Type", "application/json")
			.header("Accept", "application/json");
		if (key != null && !key.isBlank()) {
			request.header("Authorization", "Bearer " + key.trim());
		}
		return request;
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static void expect2xx(HttpResponse<String> response, String what) throws IOException {
		if (response.statusCode() / 100 != 2) {
			String body = response.body() == null ? "" : response.body();
			throw new IOException(what + " answered " + response.statusCode() + ": "
					+ body.substring(0, Math.min(300, body.length())));
		}
	}

}
