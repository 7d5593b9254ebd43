package io.cleanair.alert.delivery.channel;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Twilio's Programmable Messaging API: {@code POST
 * /2010-04-01/Accounts/{AccountSid}/Messages.json}, form-encoded {@code To}, {@code Body}
 * and {@code From} (or {@code MessagingServiceSid}), HTTP Basic authentication with the
 * account SID and auth token. Twilio answers {@code 201} with the message resource
 * ({@code sid}, {@code status}); errors carry {@code code} and {@code message}, 429 when
 * the account's rate is exceeded.
 */
public final class TwilioSmsProvider implements SmsProvider {

	private final HttpClient http;

	private final URI messages;

	private final String authorization;

	private final String from;

	private final String messagingServiceSid;

	private final Duration timeout;

	private final JsonMapper json;

	public TwilioSmsProvider(HttpClient http, URI baseUrl, String accountSid, String authToken, String from,
			String messagingServiceSid, Duration timeout, JsonMapper json) {
		if (accountSid == null || accountSid.isBlank() || authToken == null || authToken.isBlank()) {
			throw new IllegalArgumentException("Twilio needs aq.alert.sms.twilio.account-sid and auth-token");
		}
		if ((from == null || from.isBlank()) && (messagingServiceSid == null || messagingServiceSid.isBlank())) {
			throw new IllegalArgumentException("Twilio needs aq.alert.sms.twilio.from or messaging-service-sid");
		}
		this.http = http;
		String base = baseUrl.toString().replaceAll("/+$", "");
		this.messages = URI.create(base + "/2010-04-01/Accounts/" + encode(accountSid) + "/Messages.json");
		this.authorization = "Basic "
				+ Base64.getEncoder().encodeToString((accountSid + ":" + authToken).getBytes(StandardCharsets.UTF_8));
		this.from = from;
		this.messagingServiceSid = messagingServiceSid;
		this.timeout = timeout;
		this.json = json;
	}

	@Override
	public String name() {
		return "twilio";
	}

	@Override
	public CompletableFuture<Delivery> send(SmsRequest sms) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("To", sms.to());
		if (messagingServiceSid != null && !messagingServiceSid.isBlank()) {
			form.put("MessagingServiceSid", messagingServiceSid);
		}
		else {
			form.put("From", from);
		}
		form.put("Body", sms.text());
		String body = form.entrySet()
			.stream()
			.map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		HttpRequest request = HttpRequest.newBuilder(messages)
			.timeout(timeout)
			.header("Authorization", authorization)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "application/json")
			// Twilio's Messages API does not document de-duplication; the key is sent for
			// gateways in front of it that honour it
			.header(SmsRequest.IDEMPOTENCY_HEADER, sms.idempotencyKey())
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build();
		return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, error) -> {
			if (error != null) {
				throw HttpAnswers.failure(name(), error);
			}
			JsonNode answer = parse(response.body());
			if (response.statusCode() / 100 != 2) {
				String detail = answer == null ? HttpAnswers.shorten(response.body())
						: "Twilio error " + text(answer, "code") + ": " + text(answer, "message");
				throw new DeliveryException(HttpAnswers.kindOf(response.statusCode()), name(),
						"HTTP " + response.statusCode() + " " + detail);
			}
			return new Delivery(name(), answer == null ? "HTTP " + response.statusCode()
					: "sid=" + text(answer, "sid") + " status=" + text(answer, "status"));
		});
	}

	private JsonNode parse(String body) {
		try {
			return body == null || body.isBlank() ? null : json.readTree(body);
		}
		catch (RuntimeException e) {
			return null;
		}
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || value.isNull() ? "-" : value.asString();
	}

	private static String encode(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

}
