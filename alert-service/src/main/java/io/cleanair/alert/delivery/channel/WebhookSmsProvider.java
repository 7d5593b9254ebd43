package io.cleanair.alert.delivery.channel;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.cleanair.core.alerting.SmsText;
import tools.jackson.databind.json.JsonMapper;

/**
 * A generic JSON webhook: {@code POST <url>} with {@code {"id":"<notification
 * id>","to":"+86…","text":"…","segments":n}} and, when a token is set,
 * {@code Authorization: Bearer <token>}, and {@code Idempotency-Key: <notification
 * id>:sms}: the same on every attempt at one notification (retries after a timeout
 * included), so the gateway must send the text once per key and answer a repeated key as
 * it answered the first. Any 2xx is accepted; 429 and 5xx are worth a retry; other
 * answers are permanent.
 */
public final class WebhookSmsProvider implements SmsProvider {

	private final HttpClient http;

	private final URI url;

	private final String token;

	private final Duration timeout;

	private final JsonMapper json;

	public WebhookSmsProvider(HttpClient http, URI url, String token, Duration timeout, JsonMapper json) {
		this.http = http;
		this.url = url;
		this.token = token;
		this.timeout = timeout;
		this.json = json;
	}

	@Override
	public String name() {
		return "webhook";
	}

	@Override
	public CompletableFuture<Delivery> send(SmsRequest sms) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", sms.id().toString());
		body.put("to", sms.to());
		body.put("text", sms.text());
		body.put("segments", SmsText.segments(sms.text()));
		HttpRequest.Builder request = HttpRequest.newBuilder(url)
			.timeout(timeout)
			.header("Content-Type", "application/json; charset=utf-8")
			.header(SmsRequest.IDEMPOTENCY_HEADER, sms.idempotencyKey())
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8));
		if (token != null && !token.isBlank()) {
			request.header("Authorization", "Bearer " + token);
		}
		return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString()).handle((response, error) -> {
			if (error != null) {
				throw HttpAnswers.failure(name(), error);
			}
			HttpAnswers.check(name(), response, HttpAnswers.shorten(response.body()));
			return new Delivery(name(), "HTTP " + response.statusCode() + " " + HttpAnswers.shorten(response.body()));
		});
	}

}
