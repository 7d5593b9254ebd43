package io.cleanair.alert.delivery.channel;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.CompletionException;

import io.cleanair.alert.support.StubSmsGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The SMS providers' requests and their reading of the answers, against a stub HTTP
 * server.
 */
class SmsProviderTests {

	final StubSmsGateway gateway = new StubSmsGateway();

	final HttpClient http = HttpClient.newHttpClient();

	final JsonMapper json = JsonMapper.builder().build();

	final SmsProvider.SmsRequest sms = new SmsProvider.SmsRequest(UUID.randomUUID(), "key-1", "+8613800000001",
			"【空气质量预警】海淀区重污染 & more");

	@AfterEach
	void stop() {
		gateway.close();
	}

	@Test
	void webhookPostsJsonWithBearerToken() {
		WebhookSmsProvider webhook = new WebhookSmsProvider(http, URI.create(gateway.url("/sms")), "s3cret",
				Duration.ofSeconds(5), json);
		Delivery d = webhook.send(sms).join();
		assertThat(d.provider()).isEqualTo("webhook");
		assertThat(d.answer()).contains("202").contains("queued");
		StubSmsGateway.Request r = gateway.requests().get(0);
		assertThat(r.method()).isEqualTo("POST");
		assertThat(r.uri()).isEqualTo("/sms");
		assertThat(r.headers().get("authorization")).isEqualTo("Bearer s3cret");
		assertThat(r.headers().get("content-type")).startsWith("application/json");
		assertThat(r.headers().get("idempotency-key")).isEqualTo("key-1");
		JsonNode body = json.readTree(r.body());
		assertThat(body.get("id").asString()).isEqualTo(sms.id().toString());
		assertThat(body.get("to").asString()).isEqualTo("+8613800000001");
		assertThat(body.get("text").asString()).isEqualTo(sms.text());
		assertThat(body.get("segments").asInt()).isEqualTo(1);
	}

	@Test
	void webhookErrorsSayWhetherARetryMayHelp() {
		WebhookSmsProvider webhook = new WebhookSmsProvider(http, URI.create(gateway.url("/sms")), null,
				Duration.ofSeconds(5), json);
		gateway.answer(503, "{\"error\":\"maintenance\"}");
		assertThat(kindOf(() -> webhook.send(sms).join())).isEqualTo(DeliveryException.Kind.TRANSIENT);
		gateway.answer(429, "{}");
		assertThat(kindOf(() -> webhook.send(sms).join())).isEqualTo(DeliveryException.Kind.TRANSIENT);
		gateway.answer(400, "{\"error\":\"bad number\"}");
		assertThat(kindOf(() -> webhook.send(sms).join())).isEqualTo(DeliveryException.Kind.PERMANENT);
		assertThat(gateway.requests().get(0).headers()).doesNotContainKey("authorization");
	}

	@Test
	void unreachableGatewayIsTransient() {
		gateway.close();
		WebhookSmsProvider webhook = new WebhookSmsProvider(http, URI.create(gateway.url("/sms")), null,
				Duration.ofSeconds(2), json);
		assertThat(kindOf(() -> webhook.send(sms).join())).isEqualTo(DeliveryException.Kind.TRANSIENT);
	}

	@Test
	void twilioCreatesAMessageResource() {
		gateway.answer(201, """
				{"sid":"SM0123456789abcdef0123456789abcdef","status":"queued","to":"+8613800000001",
				 "body":"x","error_code":null}""");
		TwilioSmsProvider twilio = new TwilioSmsProvider(http, URI.create(gateway.url("")), "AC123", "token",
				"+15005550006", null, Duration.ofSeconds(5), json);
		Delivery d = twilio.send(sms).join();
		assertThat(d.provider()).isEqualTo("twilio");
		assertThat(d.answer()).isEqualTo("sid=SM0123456789abcdef0123456789abcdef status=queued");
		StubSmsGateway.Request r = gateway.requests().get(0);
		assertThat(r.uri()).isEqualTo("/2010-04-01/Accounts/AC123/Messages.json");
		assertThat(r.headers().get("authorization"))
			.isEqualTo("Basic " + Base64.getEncoder().encodeToString("AC123:token".getBytes(StandardCharsets.UTF_8)));
		assertThat(r.headers().get("content-type")).isEqualTo("application/x-www-form-urlencoded");
		assertThat(URLDecoder.decode(r.body(), StandardCharsets.UTF_8))
			.isEqualTo("To=+8613800000001&From=+15005550006&Body=" + sms.text());
		assertThat(r.body()).contains("To=%2B8613800000001").contains("%26+more");
	}

	@Test
	void twilioMessagingServiceInsteadOfFrom() {
		gateway.answer(201, "{\"sid\":\"SMx\",\"status\":\"accepted\"}");
		new TwilioSmsProvider(http, URI.create(gateway.url("/")), "AC123", "token", null, "MG42", Duration.ofSeconds(5),
				json)
			.send(sms)
			.join();
		assertThat(gateway.requests().get(0).body()).contains("MessagingServiceSid=MG42").doesNotContain("From=");
	}

	@Test
	void twilioErrorsCarryTheirCode() {
		TwilioSmsProvider twilio = new TwilioSmsProvider(http, URI.create(gateway.url("")), "AC123", "token",
				"+15005550006", null, Duration.ofSeconds(5), json);
		gateway.answer(400, """
				{"code":21211,"message":"The 'To' number +861 is not a valid phone number.",
				 "more_info":"https://www.twilio.com/docs/errors/21211","status":400}""");
		assertThatThrownBy(() -> twilio.send(sms).join()).cause()
			.isInstanceOf(DeliveryException.class)
			.hasMessageContaining("Twilio error 21211")
			.satisfies(e -> assertThat(((DeliveryException) e).kind()).isEqualTo(DeliveryException.Kind.PERMANENT));
		gateway.answer(429, "{\"code\":20429,\"message\":\"Too Many Requests\",\"status\":429}");
		assertThat(kindOf(() -> twilio.send(sms).join())).isEqualTo(DeliveryException.Kind.TRANSIENT);
	}

	@Test
	void twilioNeedsCredentialsAndASender() {
		assertThatThrownBy(() -> new TwilioSmsProvider(http, URI.create("http://x"), null, "t", "+1", null,
				Duration.ofSeconds(1), json))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new TwilioSmsProvider(http, URI.create("http://x"), "AC", "t", null, null,
				Duration.ofSeconds(1), json))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private static DeliveryException.Kind kindOf(Runnable call) {
		try {
			call.run();
		}
		catch (CompletionException e) {
			return ((DeliveryException) e.getCause()).kind();
		}
		throw new AssertionError("expected a failure");
	}

}
