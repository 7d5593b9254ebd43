package io.cleanair.alert.delivery.channel;

import java.net.http.HttpClient;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import io.cleanair.alert.config.AlertProperties;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import tools.jackson.databind.json.JsonMapper;

/**
 * The channels, each with its own Resilience4j instances
 * ({@code aq.alert.resilience.email|sms}).
 */
@Configuration(proxyBeanMethods = false)
class ChannelConfiguration {

	@Bean(destroyMethod = "shutdownNow")
	ExecutorService emailExecutor() {
		AtomicInteger n = new AtomicInteger();
		return Executors.newFixedThreadPool(4, r -> {
			Thread t = new Thread(r, "smtp-" + n.getAndIncrement());
			t.setDaemon(true);
			return t;
		});
	}

	@Bean
	EmailChannel emailChannel(JavaMailSender mail, AlertProperties properties, ExecutorService emailExecutor,
			Clock clock, CircuitBreakerRegistry channelCircuitBreakers) {
		return new EmailChannel(mail, properties,
				new ChannelResilience("email", "smtp", properties.resilienceOf("email"), clock, channelCircuitBreakers),
				emailExecutor);
	}

	@Bean
	SmsProvider smsProvider(AlertProperties properties, JsonMapper json) {
		AlertProperties.Sms sms = properties.sms();
		HttpClient http = HttpClient.newBuilder()
			.connectTimeout(sms.requestTimeout())
			.version(HttpClient.Version.HTTP_1_1)
			.build();
		return switch (sms.provider().toLowerCase()) {
			case "webhook" -> {
				if (sms.webhook().url() == null) {
					throw new IllegalArgumentException("aq.alert.sms.provider=webhook needs aq.alert.sms.webhook.url");
				}
				yield new WebhookSmsProvider(http, sms.webhook().url(), sms.webhook().token(), sms.requestTimeout(),
						json);
			}
			case "twilio" ->
				new TwilioSmsProvider(http, sms.twilio().baseUrl(), sms.twilio().accountSid(), sms.twilio().authToken(),
						sms.twilio().from(), sms.twilio().messagingServiceSid(), sms.requestTimeout(), json);
			case "none" -> new NoSmsProvider();
			default -> throw new IllegalArgumentException(
					"aq.alert.sms.provider must be webhook, twilio or none, not '" + sms.provider() + "'");
		};
	}

	/**
	 * The channels' circuit breakers, kept together so that they appear on
	 * {@code /actuator/prometheus}.
	 */
	@Bean
	CircuitBreakerRegistry channelCircuitBreakers() {
		return CircuitBreakerRegistry.ofDefaults();
	}

	@Bean
	MeterBinder channelCircuitBreakerMetrics(CircuitBreakerRegistry channelCircuitBreakers) {
		return TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(channelCircuitBreakers);
	}

	@Bean
	SmsChannel smsChannel(SmsProvider provider, AlertProperties properties, Clock clock,
			CircuitBreakerRegistry channelCircuitBreakers) {
		return new SmsChannel(provider, new ChannelResilience("sms-" + provider.name(), provider.name(),
				properties.resilienceOf("sms"), clock, channelCircuitBreakers));
	}

}
