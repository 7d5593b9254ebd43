package io.cleanair.cli.simulate;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * ingest-service over HTTP: {@code POST /api/v1/readings} with the stations' key, and
 * {@code PUT /api/v1/stations/{id}} with the admin key. Keys travel as
 * {@code Authorization: Bearer}.
 */
public final class IngestClient implements ReadingSender {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final HttpClient http;

	private final URI base;

	private final String apiKey;

	private final String adminKey;

	private final JsonMapper json = JsonMapper.builder().build();

	/**
	 * @param base e.g. {@code http://localhost:8081}
	 * @param apiKey sent with readings; null sends none
	 * @param adminKey sent when registering stations; null sends none
	 */
	public IngestClient(URI base, String apiKey, String adminKey) {
		this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		this.base = URI.create(base.toString().replaceAll("/+$", "") + "/");
		this.apiKey = apiKey;
		this.adminKey = adminKey;
	}

	@Override
	public IngestResult send(List<SimulatedReading> readings) throws IOException, InterruptedException {
		HttpResponse<String> response = exchange(request("api/v1/readings", apiKey)
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("readings", readings)))));
		if (response.statusCode() != 202 && response.statusCode() != 200) {
			throw failure("POST /api/v1/readings", response);
		}
		JsonNode body = json.readTree(response.body());
		Map<String, Integer> rejected = new HashMap<>();
		for (JsonNode rejection : body.path("rejected")) {
			rejected.merge(rejection.path("code").asString("UNKNOWN"), 1, Integer::sum);
		}
		return new IngestResult(body.path("accepted").asInt(0), rejected);
	}

	/** Registers (or replaces) a station, active. */
	public void register(SimulatedStation station) throws IOException, InterruptedException {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", station.name());
		body.put("districtId", station.districtId());
		body.put("kind", station.kind());
		body.put("latitude", station.latitude());
		body.put("longitude", station.longitude());
		body.put("active", true);
		String path = "api/v1/stations/" + station.id();
		HttpResponse<String> response = exchange(
				request(path, adminKey).PUT(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))));
		if (response.statusCode() / 100 != 2) {
			throw failure("PUT /" + path, response);
		}
	}

	private HttpRequest.Builder request(String path, String key) {
		HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
			.timeout(TIMEOUT)
			.header("Content-Type", "application/json")
			.header("Accept", "application/json");
		if (key != null && !key.isBlank()) {
			request.header("Authorization", "Bearer " + key.trim());
		}
		return request;
	}

	private HttpResponse<String> exchange(HttpRequest.Builder request) throws IOException, InterruptedException {
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new RetryableException(base + " did not answer: " + e, e);
		}
	}

	private static IOException failure(String what, HttpResponse<String> response) {
		String body = response.body() == null ? "" : response.body().strip();
		String message = what + " answered " + response.statusCode()
				+ (body.isEmpty() ? "" : ": " + (body.length() > 300 ? body.substring(0, 300) + "…" : body));
		int status = response.statusCode();
		return status >= 500 || status == 429 ? new RetryableException(message, null) : new IOException(message);
	}

}
