package io.cleanair.ingest.support;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Posts many batches in parallel to a running ingest-service and collects the answers.
 */
public final class ReadingsLoad {

	static final List<String> POLLUTANTS = List.of("PM2_5", "PM10", "SO2", "NO2", "CO", "O3");

	/** Readings start here and go back an hour at a time. */
	static final Instant LATEST = Instant.parse("2026-11-28T00:00:00Z");

	private final WebClient client;

	public ReadingsLoad(int port, String key) {
		this.client = WebClient.builder()
			.baseUrl("http://localhost:" + port)
			.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + key)
			.codecs(c -> c.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
			.build();
	}

	/**
	 * The {@code n}-th reading of a station: a distinct pollutant and hour for every n.
	 */
	public static String reading(String station, int n, double value) {
		String pollutant = POLLUTANTS.get(n % POLLUTANTS.size());
		Instant time = LATEST.minus(Duration.ofHours(n / POLLUTANTS.size()));
		String unit = pollutant.equals("CO") ? "mg/m3" : "ug/m3";
		return "{\"stationId\":\"%s\",\"time\":\"%s\",\"pollutant\":\"%s\",\"value\":\"%s\",\"unit\":\"%s\"}"
			.formatted(station, time, pollutant, value, unit);
	}

	public static String key(String station, int n) {
		return station + " " + POLLUTANTS.get(n % POLLUTANTS.size()) + " "
				+ LATEST.minus(Duration.ofHours(n / POLLUTANTS.size()));
	}

	/**
	 * Posts the batches with at most {@code parallel} requests in flight; answers each
	 * batch's JSON answer.
	 */
	@SuppressWarnings("unchecked")
	public List<Map<String, Object>> post(List<String> batches, int parallel) {
		return Flux.fromIterable(batches)
			.flatMapSequential(body -> client.post()
				.uri("/api/v1/readings")
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(body)
				.exchangeToMono(response -> response.statusCode().value() == 202 ? response.bodyToMono(Map.class)
						: Mono.error(new IllegalStateException("answer " + response.statusCode())))
				.map(m -> (Map<String, Object>) m), parallel)
			.collectList()
			.block(Duration.ofMinutes(10));
	}

}
